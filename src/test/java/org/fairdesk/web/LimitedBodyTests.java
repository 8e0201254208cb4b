package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** The limit holds however the body arrives: chunked, or with a Content-Length smaller than what follows. */
class LimitedBodyTests {

	@Test
	void aBodyUpToTheLimitReadsWholeAndOneByteMoreEndsTheRead() throws Exception {
		try (InputStream upTo = new LimitedBody(new ByteArrayInputStream(new byte[16]), 16)) {
			assertThat(upTo.readAllBytes()).hasSize(16);
		}
		InputStream over = new LimitedBody(new ByteArrayInputStream(new byte[17]), 16);
		assertThatThrownBy(over::readAllBytes).isInstanceOf(LimitedBody.TooLargeException.class)
			.hasMessage("must be at most 16 bytes (0 MiB)");
	}

	@Test
	void byteByByteReadsAndSkipsCountToo() throws Exception {
		InputStream body = new LimitedBody(new ByteArrayInputStream(new byte[20]), 16);
		assertThat(body.skip(10)).isEqualTo(10);
		for (int i = 0; i < 6; i++) {
			body.read();
		}
		assertThatThrownBy(body::read).isInstanceOf(LimitedBody.TooLargeException.class);
	}
}

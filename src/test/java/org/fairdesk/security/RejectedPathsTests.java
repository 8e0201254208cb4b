package org.fairdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the firewall's reasons become: the part at fault, and never a header's or parameter's value. */
class RejectedPathsTests {

	@Test
	void aHeaderIsNamedAndItsValueNeverGivenEvenWhenTheValueSaysURL() {
		Map.Entry<String, String> wrong = RejectedPaths.whatIsWrong("The request was rejected because the header: "
				+ "\"Authorization \" has a value \"Basic YWRtaW46YURLZGVtbw==\u0085\" that is not allowed.");
		assertThat(wrong.getKey()).isEqualTo("headers");
		assertThat(wrong.getValue()).contains("(Authorization)").doesNotContain("YWRtaW46YURLZGVtbw");
	}

	@Test
	void aParameterIsNamedAndItsValueNeverGiven() {
		Map.Entry<String, String> wrong = RejectedPaths.whatIsWrong("The request was rejected because the parameter: "
				+ "\"password \" has a value \"URL-secret\u0085\" that is not allowed.");
		assertThat(wrong.getKey()).isEqualTo("parameters");
		assertThat(wrong.getValue()).contains("(password)").doesNotContain("URL-secret");
	}

	@Test
	void aPathsReasonIsGivenAsItIs() {
		String doubleSlash = "The request was rejected because the URL contained a potentially malicious String \"//\"";
		assertThat(RejectedPaths.whatIsWrong(doubleSlash))
			.isEqualTo(Map.entry("path", "was refused before it was read: " + doubleSlash));
		String unprintable = "The requestURI was rejected because it can only contain printable ASCII characters.";
		assertThat(RejectedPaths.whatIsWrong(unprintable).getKey()).isEqualTo("path");
	}

	@Test
	void anyOtherReasonIsNotQuoted() {
		assertThat(RejectedPaths.whatIsWrong("The request was rejected because the domain evil.example is untrusted."))
			.isEqualTo(Map.entry("request", "was refused before it was read"));
		assertThat(RejectedPaths.whatIsWrong(null)).isEqualTo(Map.entry("request", "was refused before it was read"));
	}
}

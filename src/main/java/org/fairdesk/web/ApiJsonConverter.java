package org.fairdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fairdesk.shared.StrictReading;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one JSON converter. It reads only {@code application/json} in UTF-8 (anything else is 415), checks the
 * bytes as strict UTF-8 while Jackson reads them, and reads with a copy of Boot's mapper made strict by
 * {@link StrictReading#strictJson} (whole numbers, members given once and only those the call takes, text without NUL,
 * numbers and dates in range, each value at its JSON type), and reads at most {@link LimitedBody#MOST_BYTES}. It writes
 * as Boot's mapper does. The strictness stays here rather than in Boot's mapper, which also reads back what Fairdesk
 * wrote itself (event publications).
 */
class ApiJsonConverter extends JacksonJsonHttpMessageConverter {

	ApiJsonConverter(JsonMapper mapper) {
		super(StrictReading.strictJson(mapper.rebuild()).build());
	}

	/** Whether a body of this type is one the API reads: JSON, in UTF-8 if a charset is named at all. */
	static boolean isJson(@Nullable MediaType type) {
		return type != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
				&& (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
	}

	@Override
	public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
		return (mediaType == null || isJson(mediaType)) && super.canRead(type, mediaType);
	}

	@Override
	public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
		return (mediaType == null || isJson(mediaType)) && super.canRead(type, mediaType);
	}

	@Override
	public Object read(ResolvableType type, HttpInputMessage input, @Nullable Map<String, Object> hints)
			throws IOException {
		if (input.getHeaders().getContentLength() > LimitedBody.MOST_BYTES) {
			throw new LimitedBody.TooLargeException(LimitedBody.MOST_BYTES); // refused unread
		}
		Utf8Checked body = new Utf8Checked(input);
		try {
			return super.read(type, body, hints);
		}
		catch (HttpMessageNotReadableException refused) {
			// the first bad member stopped Jackson: name the others too, if the rest of the body can be read
			if (refused.getCause() instanceof JacksonException first && body.read != null) {
				byte[] whole = body.whole();
				if (whole != null) {
					MemberProblems.of(first, whole, type.toClass(), getMapper()).ifPresent(all -> {
						throw all;
					});
				}
			}
			throw refused;
		}
	}

	/** The body as it is read, checked as UTF-8 and counted against the limit, and kept for {@link MemberProblems}. */
	private static final class Utf8Checked implements HttpInputMessage {

		private final HttpInputMessage input;

		private @Nullable InputStream read;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		Utf8Checked(HttpInputMessage input) {
			this.input = input;
		}

		@Override
		public InputStream getBody() throws IOException {
			read = new Utf8CheckedStream(new LimitedBody(input.getBody(), LimitedBody.MOST_BYTES));
			return new FilterInputStream(read) {
				@Override
				public int read() throws IOException {
					int b = super.read();
					if (b >= 0) {
						kept.write(b);
					}
					return b;
				}

				@Override
				public int read(byte[] bytes, int offset, int length) throws IOException {
					int n = super.read(bytes, offset, length);
					if (n > 0) {
						kept.write(bytes, offset, n);
					}
					return n;
				}
			};
		}

		/** What was read and the rest of the body; null when the rest cannot be read (too large, not UTF-8). */
		@Nullable byte[] whole() {
			try {
				kept.write(read.readAllBytes());
				return kept.toByteArray();
			}
			catch (IOException unreadable) {
				return null;
			}
		}

		@Override
		public HttpHeaders getHeaders() {
			return input.getHeaders();
		}
	}
}

package org.fairdesk.web;

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
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

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
		return super.read(type, new Utf8Checked(input), hints);
	}

	private record Utf8Checked(HttpInputMessage input) implements HttpInputMessage {

		@Override
		public InputStream getBody() throws IOException {
			return new Utf8CheckedStream(new LimitedBody(input.getBody(), LimitedBody.MOST_BYTES));
		}

		@Override
		public HttpHeaders getHeaders() {
			return input.getHeaders();
		}
	}
}

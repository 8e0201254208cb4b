package org.fairdesk.incentives.web;

import java.io.StringWriter;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a member of a request body as its JSON text, numbers exactly as written, for a document the incentives
 * module reads by its own stricter rules (a facts document). The body's reader has already refused a member given
 * twice and text that cannot be stored.
 */
class JsonText extends ValueDeserializer<String> {

	private static final JsonMapper WRITER = JsonMapper.builder().build();

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		StringWriter text = new StringWriter();
		try (JsonGenerator copy = WRITER.createGenerator(text)) {
			copy.copyCurrentStructureExact(parser);
		}
		return text.toString();
	}
}

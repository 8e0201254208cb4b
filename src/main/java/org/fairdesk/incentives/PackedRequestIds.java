package org.fairdesk.incentives;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.shared.StrictReading;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How a closed month keeps the requests behind each rep's figures (a row per rep, {@code pay_period_requests}): each
 * list as one Base64 string of its ids' 16 bytes, one after the other (22 characters an id), rather than an array of
 * 36-character ids (39 with quotes and comma), little more than half as long to write at a big month's close and to
 * read back (issue 15's close speed; docs/pay.md). The API's facts document is unchanged: {@link FactsDocuments#write}
 * lists ids as text, and only {@link FactsDocuments#writeStored} and {@link FactsDocuments#writeStoredRequests} pack
 * them.
 * <p>
 * Reading takes either form of each list, so a facts document stored before this form, with the lists in it as text,
 * reads as it always did.
 */
final class PackedRequestIds extends SimpleModule {

	private static final int ID_BYTES = 16;

	PackedRequestIds() {
		super("fairdesk-packed-request-ids");
		addSerializer(PeriodFacts.Requests.class, new Writer());
		addDeserializer(PeriodFacts.Requests.class, new Reader());
	}

	/** The ids as one Base64 string: each id's most then least significant 8 bytes, big-endian. */
	static String pack(List<UUID> ids) {
		ByteBuffer bytes = ByteBuffer.allocate(ids.size() * ID_BYTES);
		ids.forEach(id -> bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
		return Base64.getEncoder().encodeToString(bytes.array());
	}

	/** {@link #pack}'s string read back; an IllegalArgumentException when it is not Base64 of whole ids. */
	static List<UUID> unpack(String packed) {
		byte[] decoded = Base64.getDecoder().decode(packed);
		if (decoded.length % ID_BYTES != 0) {
			throw new IllegalArgumentException("holds " + decoded.length + " bytes, not a whole number of "
					+ ID_BYTES + "-byte request ids");
		}
		ByteBuffer bytes = ByteBuffer.wrap(decoded);
		List<UUID> ids = new ArrayList<>(decoded.length / ID_BYTES);
		while (bytes.hasRemaining()) {
			ids.add(new UUID(bytes.getLong(), bytes.getLong()));
		}
		return ids;
	}

	private static final class Writer extends StdSerializer<PeriodFacts.Requests> {

		Writer() {
			super(PeriodFacts.Requests.class);
		}

		@Override
		public void serialize(PeriodFacts.Requests requests, JsonGenerator generator, SerializationContext context)
				throws JacksonException {
			generator.writeStartObject();
			for (Map.Entry<String, List<UUID>> list : requests.lists().entrySet()) {
				generator.writeStringProperty(list.getKey(), pack(list.getValue()));
			}
			generator.writeEndObject();
		}
	}

	private static final class Reader extends StdDeserializer<PeriodFacts.Requests> {

		Reader() {
			super(PeriodFacts.Requests.class);
		}

		@Override
		public PeriodFacts.Requests deserialize(JsonParser parser, DeserializationContext context)
				throws JacksonException {
			if (!parser.isExpectedStartObjectToken()) {
				throw StrictReading.refusal(parser, "must be the requests behind the rep's figures, as an object");
			}
			JavaType asText = context.getTypeFactory().constructCollectionType(List.class, UUID.class);
			java.util.Set<String> names = PeriodFacts.Requests.NONE.lists().keySet();
			Map<String, List<UUID>> lists = new LinkedHashMap<>();
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken value = parser.nextToken();
				if (!names.contains(name)) {
					throw StrictReading.refusal(parser, "is not a list of requests; the lists are " + names);
				}
				lists.put(name, value == JsonToken.VALUE_STRING ? unpacked(parser)
						: context.readValue(parser, asText));
			}
			if (!lists.keySet().containsAll(names)) {
				throw StrictReading.refusal(parser, "must have every list of requests " + names + ", got "
						+ lists.keySet());
			}
			return PeriodFacts.Requests.of(lists);
		}

		private static List<UUID> unpacked(JsonParser parser) {
			try {
				return unpack(parser.getString());
			}
			catch (IllegalArgumentException e) {
				throw StrictReading.refusal(parser, "must be packed request ids: " + e.getMessage());
			}
		}
	}
}

package org.fairdesk.shared;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads past the members a document's reader does not take, noting each as a problem, so that the document's other
 * problems are named with them, all at once: with {@link StrictReading}'s reader alone, a misspelt key hid every other
 * mistake of a scenario until it was mended. Everything else {@link StrictReading} refuses still stops the reading.
 * One instance per reading ({@link #read}): it keeps what it found.
 * <p>
 * Each member is named by the path of its own key ({@code components[0].split.extra}), taken when the parser reads
 * the key. Jackson reads a record's members through a buffer and reports those it does not take only when the
 * record has ended, and a polymorphic value's members before its {@code type} are buffered too: by then the parser
 * and the buffer's link back to it have moved on, so a path read from them at that moment named a later member (or a
 * list item that was never there) whenever the unknown member's value was a list or a map. The key's name travels
 * through every buffer as the one object the parser gave, so each key is given a name of its own and its path is
 * looked up by that object.
 */
public final class UnknownMembers extends DeserializationProblemHandler {

	private final @Nullable String prefix;
	private final List<InvalidInputException.FieldProblem> found = new ArrayList<>();
	/** Every key read, by the name object handed out for it: the path of the key where it was read. */
	private final Map<String, String> keys = new IdentityHashMap<>();

	/** @param prefix put before every member's path, with a dot, as {@link ReadingProblems} does; null for none */
	public UnknownMembers(@Nullable String prefix) {
		this.prefix = prefix;
	}

	/**
	 * Reads one value of the text with this handler, as {@code reader.readValue(text)} does (nothing may follow it),
	 * each key's path noted as it is read.
	 */
	public <T> @Nullable T read(ObjectReader reader, String text) {
		try (JsonParser parser = new Keys(reader.createParser(text))) {
			T value = reader.withHandler(this).readValue(parser);
			JsonToken after = parser.nextToken();
			if (after != null) {
				throw MismatchedInputException.from(parser, reader.getValueType(),
						"Trailing token (of type " + after + ") found after value");
			}
			return value;
		}
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		String path = keys.get(propertyName);
		found.add(new InvalidInputException.FieldProblem(prefixed(path != null ? path
				: path(parser.streamReadContext(), propertyName)),
				"is not a member here; the members are " + deserializer.getKnownPropertyNames()));
		parser.skipChildren();
		return true;
	}

	/** The members found that the reader does not take, in the order met. */
	public List<InvalidInputException.FieldProblem> problems() {
		return List.copyOf(found);
	}

	/** The document's refusal: the unknown members first, then the other problems (each named once). */
	public InvalidInputException with(List<InvalidInputException.FieldProblem> others) {
		List<InvalidInputException.FieldProblem> all = new ArrayList<>(found);
		others.stream().filter(problem -> !all.contains(problem)).forEach(all::add);
		return new InvalidInputException(all);
	}

	/** Refuses the document if it had members the reader does not take (its other checks passed). */
	public void throwIfAny() {
		if (!found.isEmpty()) {
			throw with(List.of());
		}
	}

	private String prefixed(String path) {
		if (prefix == null) {
			return path;
		}
		return path.startsWith("[") ? prefix + path : prefix + "." + path;
	}

	/**
	 * The path of a context as the checks name fields ({@code reps[2].skil}): each list's index and each map's
	 * current member, from the root down, then {@code name} when the context is not at that member already.
	 */
	private static String path(TokenStreamContext at, @Nullable String name) {
		List<TokenStreamContext> chain = new ArrayList<>();
		for (TokenStreamContext context = at; context != null; context = context.getParent()) {
			chain.add(0, context);
		}
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext context : chain) {
			if (context.inArray() && context.getCurrentIndex() >= 0) {
				path.append('[').append(context.getCurrentIndex()).append(']');
			}
			else if (context.inObject() && context.currentName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(context.currentName());
			}
		}
		if (name != null && !(at.inObject() && name.equals(at.currentName()))) {
			path.append(path.isEmpty() ? "" : ".").append(name);
		}
		return path.toString();
	}

	/**
	 * The parser the document is read with: at each key it notes the key's path, from the parser's context at that
	 * moment, under a name object of the key's own, which is the name it hands on.
	 */
	private final class Keys extends JsonParserDelegate {

		private @Nullable String readName;
		private @Nullable String givenName;

		Keys(JsonParser parser) {
			super(parser);
		}

		private void noteKey() {
			if (delegate.currentToken() == JsonToken.PROPERTY_NAME) {
				readName = delegate.currentName();
				givenName = readName == null ? null : new String(readName);
				if (givenName != null) {
					keys.put(givenName, path(delegate.streamReadContext(), null));
				}
			}
		}

		@Override
		public String currentName() {
			String name = delegate.currentName();
			return name != null && name == readName ? givenName : name;
		}

		@Override
		public JsonToken nextToken() throws JacksonException {
			JsonToken token = delegate.nextToken();
			noteKey();
			return token;
		}

		@Override
		public JsonToken nextValue() throws JacksonException {
			JsonToken token = nextToken();
			return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
		}

		@Override
		public String nextName() throws JacksonException {
			delegate.nextName();
			noteKey();
			return currentToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
		}

		@Override
		public boolean nextName(SerializableString name) throws JacksonException {
			boolean matches = delegate.nextName(name);
			noteKey();
			return matches;
		}

		@Override
		public int nextNameMatch(PropertyNameMatcher matcher) throws JacksonException {
			int match = delegate.nextNameMatch(matcher);
			noteKey();
			return match;
		}
	}
}

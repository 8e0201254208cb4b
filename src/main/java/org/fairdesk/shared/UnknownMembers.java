package org.fairdesk.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Reads past the members a document's reader does not take, noting each as a problem, so that the document's other
 * problems are named with them, all at once: with {@link StrictReading}'s reader alone, a misspelt key hid every other
 * mistake of a scenario until it was mended. Everything else {@link StrictReading} refuses still stops the reading.
 * One instance per reading ({@code reader.withHandler(new UnknownMembers(…))}): it keeps what it found.
 */
public final class UnknownMembers extends DeserializationProblemHandler {

	private final @Nullable String prefix;
	private final List<InvalidInputException.FieldProblem> found = new ArrayList<>();

	/** @param prefix put before every member's path, with a dot, as {@link ReadingProblems} does; null for none */
	public UnknownMembers(@Nullable String prefix) {
		this.prefix = prefix;
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		found.add(new InvalidInputException.FieldProblem(path(parser.streamReadContext(), propertyName),
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

	/**
	 * The member's path as the checks name fields ({@code reps[2].skil}), from the parser's pointer at its value:
	 * {@code /reps/2/skil} for a plain value. A record's members are read through a buffer, whose pointer at a list or
	 * map value runs on past the member ({@code /team/skil/3}), so the path ends at the member's last mention.
	 */
	private String path(TokenStreamContext at, String name) {
		List<String> segments = new ArrayList<>();
		for (String segment : at.pathAsPointer().toString().split("/")) {
			if (!segment.isEmpty()) {
				segments.add(segment.replace("~1", "/").replace("~0", "~"));
			}
		}
		int member = segments.lastIndexOf(name);
		List<String> parts = member >= 0 ? segments.subList(0, member + 1) : append(segments, name);
		StringBuilder path = new StringBuilder(prefix == null ? "" : prefix);
		for (String part : parts) {
			boolean index = part.chars().allMatch(Character::isDigit);
			path.append(index ? "[" + part + "]" : (path.isEmpty() ? "" : ".") + part);
		}
		return path.toString();
	}

	private static List<String> append(List<String> segments, String name) {
		List<String> all = new ArrayList<>(segments);
		all.add(name);
		return all;
	}
}

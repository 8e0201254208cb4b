package org.fairdesk.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.ReadingProblems;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad member of an API body at once. Jackson stops at the first member it cannot read, so a body with three
 * wrongly typed members was named one at a time, three calls for one form's worth of mistakes. When the body is a JSON
 * object read into a record and the first refusal is about one of its members, each other member is read on its own,
 * by the same strict mapper, and its problem named as {@link ReadingProblems} names it. A member whose reading the
 * record changes with an annotation (a format, a deserializer) is left to the record's own reading, since on its own
 * it would be read differently.
 */
final class MemberProblems {

	private MemberProblems() {
	}

	/**
	 * The problems of every member, the first refusal's first, when the body holds more than that one; empty when it
	 * does not (the first refusal is answered as it always was) or when the body is not an object read into a record.
	 */
	static Optional<InvalidInputException> of(JacksonException first, byte[] body, Class<?> target, JsonMapper mapper) {
		if (!(first instanceof DatabindException) || !target.isRecord() || first.getPath().isEmpty()
				|| first.getPath().get(0).getPropertyName() == null) {
			return Optional.empty();
		}
		JsonNode tree = tree(body, mapper);
		if (tree == null || !tree.isObject()) {
			return Optional.empty();
		}
		String firstMember = first.getPath().get(0).getPropertyName();
		Map<String, RecordComponent> members = members(target);
		List<FieldProblem> problems = new ArrayList<>(List.of(ReadingProblems.of(first, "body", null, "JSON")));
		for (Map.Entry<String, JsonNode> member : tree.properties()) {
			String name = member.getKey();
			if (name.equals(firstMember)) {
				continue;
			}
			if (!members.containsKey(name)) {
				problems.add(new FieldProblem(name, "is not a member here; the members are " + members.keySet()));
				continue;
			}
			problem(members.get(name), name, member.getValue(), mapper).ifPresent(problems::add);
		}
		return problems.size() == 1 ? Optional.empty() : Optional.of(new InvalidInputException(problems));
	}

	private static Optional<FieldProblem> problem(RecordComponent member, String name, JsonNode value,
			JsonMapper mapper) {
		if (readDifferently(member)) {
			return Optional.empty();
		}
		try {
			mapper.readerFor(mapper.constructType(member.getGenericType())).readValue(value);
			return Optional.empty();
		}
		catch (JacksonException refused) {
			return Optional.of(ReadingProblems.of(refused, "body", name, "JSON"));
		}
	}

	/** The body as a tree, its decimals exact; null when it is not JSON (its first refusal said so already). */
	private static @Nullable JsonNode tree(byte[] body, JsonMapper mapper) {
		try {
			return mapper.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
				.readValue(body);
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

	/** The record's members by the names the body gives them ({@code @JsonProperty}'s, else the component's). */
	private static Map<String, RecordComponent> members(Class<?> target) {
		Map<String, RecordComponent> members = new LinkedHashMap<>();
		for (RecordComponent component : target.getRecordComponents()) {
			JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
			String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
			members.put(name, component);
		}
		return members;
	}

	/** Whether the record reads the member with a Jackson annotation other than the name it gives it. */
	private static boolean readDifferently(RecordComponent member) {
		List<Annotation> annotations = new ArrayList<>(List.of(member.getAccessor().getAnnotations()));
		annotations.addAll(List.of(member.getAnnotations()));
		return annotations.stream().map(Annotation::annotationType)
			.anyMatch(type -> type != JsonProperty.class && (type.getName().startsWith("com.fasterxml.jackson.")
					|| type.getName().startsWith("tools.jackson.")));
	}
}

package org.fairdesk.incentives;

import java.util.List;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.ReadingProblems;
import org.fairdesk.shared.UnknownMembers;
import org.fairdesk.shared.StrictReading;
import org.fairdesk.shared.YamlSyntax;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads plan documents from YAML and checks them, naming the exact field that is wrong. A document a manager sends
 * is read strictly ({@link StrictReading}: a key given twice is refused rather than the last one winning) and every
 * rule of {@link PlanChecks} holds; a version already published is read back as it was accepted then, so that a rule
 * added later never stops it from loading ({@link StoredPlans}).
 */
final class PlanDocuments {

	private static final YAMLMapper YAML = StrictReading.strict(lenient()).build();

	static final YAMLMapper STORED = lenient().build();

	/** The size of the column plans are stored in. */
	static final int MAX_LENGTH = 20_000;

	static final String COMPONENT_TYPES = "pool, prizes or commission";

	private PlanDocuments() {
	}

	private static YAMLMapper.Builder lenient() {
		return YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
	}

	/** A document as a manager sent it, to evaluate or publish. */
	static PlanDocument parse(@Nullable String yaml) {
		if (yaml == null || yaml.isBlank()) {
			throw InvalidInputException.of("document", "is required: a YAML plan document");
		}
		if (yaml.length() > MAX_LENGTH) {
			throw InvalidInputException.of("document", "must be at most " + MAX_LENGTH + " characters");
		}
		YamlSyntax.problem(yaml, "document").ifPresent(notYaml -> {
			throw new InvalidInputException(List.of(notYaml));
		});
		// a key the plan does not take is noted and read past, so that it is named with every other problem
		UnknownMembers unknown = new UnknownMembers("document");
		PlanDocument document;
		try {
			document = unknown.read(YAML.readerFor(PlanDocument.class), yaml);
		}
		catch (InvalidTypeIdException e) {
			throw unknown.with(List.of(new InvalidInputException.FieldProblem(
					ReadingProblems.of(e, "document", "document", "YAML").field() + ".type",
					"must be " + COMPONENT_TYPES + (e.getTypeId() == null ? "" : ", got '" + e.getTypeId() + "'"))));
		}
		catch (JacksonException e) {
			throw unknown.with(List.of(ReadingProblems.of(e, "document", "document", "YAML")));
		}
		try {
			PlanChecks.check(document);
		}
		catch (InvalidInputException e) {
			throw unknown.with(e.problems());
		}
		unknown.throwIfAny();
		return document;
	}

	/** A published version's document, read without the rules that came after it was accepted. */
	static PlanDocument stored(String yaml) {
		return StoredPlans.read(yaml);
	}
}

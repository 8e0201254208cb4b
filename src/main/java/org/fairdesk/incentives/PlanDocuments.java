package org.fairdesk.incentives;

import java.math.BigDecimal;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads plan documents from YAML and checks them, naming the exact field that is wrong. */
final class PlanDocuments {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/** The size of the column plans are stored in. */
	static final int MAX_LENGTH = 20_000;

	private PlanDocuments() {
	}

	static PlanDocument parse(@Nullable String yaml) {
		if (yaml == null || yaml.isBlank()) {
			throw InvalidInputException.of("document", "is required: a YAML plan document");
		}
		if (yaml.length() > MAX_LENGTH) {
			throw InvalidInputException.of("document", "must be at most " + MAX_LENGTH + " characters");
		}
		PlanDocument document;
		try {
			document = YAML.readValue(yaml, PlanDocument.class);
		}
		catch (JacksonException e) {
			throw InvalidInputException.of(field(e), e.getOriginalMessage());
		}
		check(document);
		return document;
	}

	/** Names a problem by its dotted path in the document, as a manager wrote it: document.pool.fundedBy. */
	private static String field(JacksonException e) {
		StringBuilder field = new StringBuilder("document");
		for (JacksonException.Reference reference : e.getPath()) {
			field.append(reference.getPropertyName() != null ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]");
		}
		return field.toString();
	}

	private static void check(@Nullable PlanDocument document) {
		var checks = new FieldChecks();
		checks.require(document != null, "document", "is empty");
		if (document != null) {
			checks.requireText(document.name(), "document.name", 100)
				.require(document.pool() != null, "document.pool", "is required")
				.require(document.split() != null, "document.split", "is required: EQUAL");
			if (document.pool() != null) {
				BigDecimal percent = document.pool().percent();
				checks.require(document.pool().fundedBy() != null, "document.pool.fundedBy", "is required: GROSS_MARGIN")
					.require(percent != null && percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
							"document.pool.percent", "must be more than 0 and at most 100");
			}
		}
		checks.throwIfAny();
	}
}

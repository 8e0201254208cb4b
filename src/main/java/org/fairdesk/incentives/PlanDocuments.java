package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.ReadingProblems;
import org.fairdesk.shared.StrictReading;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads plan documents from YAML and checks them, naming the exact field that is wrong. A document a manager sends
 * is read strictly ({@link StrictReading}: a key given twice is refused rather than the last one winning) and its
 * numbers must lie in their ranges; a version already published is read back as it was accepted then, so that a rule
 * added later never stops it from loading.
 */
final class PlanDocuments {

	private static final YAMLMapper YAML = StrictReading.strict(lenient()).build();

	private static final YAMLMapper STORED = lenient().build();

	/** The size of the column plans are stored in. */
	static final int MAX_LENGTH = 20_000;

	static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

	/** Hundredths of a basis point: finer than any pay rule needs, short enough to print on every statement. */
	static final int PERCENT_DECIMALS = 4;

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
		PlanDocument document;
		try {
			document = YAML.readValue(yaml, PlanDocument.class);
		}
		catch (JacksonException e) {
			throw new InvalidInputException(List.of(ReadingProblems.of(e, "document", "document", "YAML")));
		}
		check(document);
		return document;
	}

	/** A published version's document, read without the rules that came after it was accepted. */
	static PlanDocument stored(String yaml) {
		return STORED.readValue(yaml, PlanDocument.class);
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
					.require(percent != null && isPercent(percent), "document.pool.percent",
							"must be more than 0 and at most 100, with at most " + PERCENT_DECIMALS + " decimals"
									+ (percent == null ? "" : ", got " + Inputs.shortened(percent.toString())));
			}
		}
		checks.throwIfAny();
	}

	/** Checked from sign, scale and comparison only: a number like 1e-150000000 is never written out. */
	private static boolean isPercent(BigDecimal percent) {
		return percent.signum() > 0 && percent.compareTo(MAX_PERCENT) <= 0
				&& percent.stripTrailingZeros().scale() <= PERCENT_DECIMALS;
	}
}

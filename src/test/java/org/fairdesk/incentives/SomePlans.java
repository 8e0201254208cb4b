package org.fairdesk.incentives;

import java.time.LocalDate;

/** Plan versions for tests, written as a manager writes them and read by the one reader. */
final class SomePlans {

	private SomePlans() {
	}

	static PlanVersion version(String yaml) {
		PlanDocument document = PlanDocuments.parse(yaml);
		return new PlanVersion(document.name(), 2, LocalDate.of(2026, 1, 1), document);
	}

	/** The demo's plan: a pool of a percentage of the gross margin, split equally. */
	static String marginPool(String percent) {
		return """
				name: Team margin pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: %s
				    split: {by: EQUAL}
				""".formatted(percent);
	}
}

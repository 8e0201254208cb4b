package org.fairdesk.incentives;

import java.time.LocalDate;
import java.util.Currency;

/**
 * A plan document read and checked for a currency without publishing it: what the lab's simulation pays simulated
 * months with, through the same {@link Calculator} as close and preview.
 */
public final class PlanDrafts {

	private PlanDrafts() {
	}

	/**
	 * The YAML document as an unpublished version (number 0), checked as for a team paid in {@code currency}.
	 *
	 * @throws org.fairdesk.shared.InvalidInputException naming the document path that is wrong
	 */
	public static PlanVersion read(String yaml, Currency currency) {
		PlanDocument document = PlanDocuments.parse(yaml);
		PlanChecks.checkFor(document, currency, "simulated");
		return new PlanVersion(document.name(), 0, LocalDate.EPOCH, document);
	}
}

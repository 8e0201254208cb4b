package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.incentives.PlanDocument.Basis;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.incentives.PlanDocument.SplitBy;

import tools.jackson.databind.JsonNode;

/**
 * Reads a published version back as it was accepted. Versions published before the plan language had components
 * ({@code pool: {fundedBy: GROSS_MARGIN, percent: 5}} and {@code split: EQUAL} at the top) are read in that first
 * form and pay exactly what they paid: one pool of that percentage of the gross margin, split equally.
 */
final class StoredPlans {

	private StoredPlans() {
	}

	static PlanDocument read(String yaml) {
		JsonNode tree = PlanDocuments.STORED.readTree(yaml);
		if (tree.has("components")) {
			return PlanDocuments.STORED.treeToValue(tree, PlanDocument.class);
		}
		return PlanDocuments.STORED.readValue(yaml, FirstForm.class).now();
	}

	/** The first plan language: one team pool on gross margin, split equally. */
	record FirstForm(String name, FirstPool pool, String split) {

		PlanDocument now() {
			var component = new PlanDocument.Pool(null, Basis.GROSS_MARGIN, pool.percent(), null, null, null,
					new Split(SplitBy.EQUAL, null, null), null);
			return new PlanDocument(name, null, null, List.of(component), null);
		}
	}

	/** Its pool: only GROSS_MARGIN existed. */
	record FirstPool(String fundedBy, BigDecimal percent) {
	}
}

package org.fairdesk.incentives;

import java.util.List;
import java.util.stream.Collectors;


/** Puts a month's adjustments on its statements: each rep's, before their payout. */
final class Adjusting {

	private Adjusting() {
	}

	static List<Statement> apply(List<Statement> statements, List<Adjustment> adjustments) {
		if (adjustments.isEmpty()) {
			return statements;
		}
		var byRep = adjustments.stream()
			.collect(Collectors.groupingBy(Adjustment::repId, Collectors.mapping(Adjustment::line, Collectors.toList())));
		return statements.stream()
			.map(statement -> statement.withAdjustments(byRep.getOrDefault(statement.repId(), List.<StatementLine>of())))
			.toList();
	}
}

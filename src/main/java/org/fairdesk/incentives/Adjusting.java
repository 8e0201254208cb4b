package org.fairdesk.incentives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;

/**
 * A month's statements: the one calculator's, with the adjustments paid in the month on them, each rep's before
 * their payout. A rep with adjustments but no statement of their own in the month (they left the team before it)
 * gets a statement of the adjustments alone, so that what they are owed is paid with the month.
 */
final class Adjusting {

	private Adjusting() {
	}

	static List<Statement> statements(PlanVersion plan, PeriodFacts facts, List<Adjustment> adjustments,
			Function<RepId, String> names) {
		List<Statement> statements = Calculator.calculate(plan, facts);
		if (adjustments.isEmpty()) {
			return statements;
		}
		Map<RepId, List<StatementLine>> byRep = adjustments.stream()
			.collect(Collectors.groupingBy(Adjustment::repId,
					() -> new TreeMap<>(Comparator.comparingLong(RepId::value)),
					Collectors.mapping(Adjustment::line, Collectors.toList())));
		List<Statement> adjusted = new ArrayList<>(statements.stream()
			.map(statement -> statement.withAdjustments(byRep.getOrDefault(statement.repId(), List.of())))
			.toList());
		Set<RepId> withStatements = statements.stream().map(Statement::repId).collect(Collectors.toSet());
		byRep.forEach((rep, lines) -> {
			if (!withStatements.contains(rep)) {
				adjusted.add(adjustmentsOnly(plan, facts, rep, names.apply(rep)).withAdjustments(lines));
			}
		});
		return adjusted;
	}

	private static Statement adjustmentsOnly(PlanVersion plan, PeriodFacts facts, RepId rep, String name) {
		Money zero = Money.zero(facts.currency());
		return new Statement(rep, name, facts.teamId(), facts.period(), plan.name(), plan.version(), zero, List.of(
				new StatementLine(StatementLine.Code.ELIGIBILITY, "eligibility", "Not on the team this month",
						"not on the team in " + facts.period() + ": paid only the adjustments below", null),
				new StatementLine(StatementLine.Code.PAYOUT, "payout", "Payout", "nothing before adjustments", zero)));
	}
}

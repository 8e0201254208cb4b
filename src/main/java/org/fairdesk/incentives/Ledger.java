package org.fairdesk.incentives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;

/**
 * Each rep's statement as the rules write it: their lines in order, and the sum of the lines that pay. A line that
 * judges or weighs (a gate, a weight) is noted; a line that pays is awarded, and the payout is the sum of those.
 */
final class Ledger {

	private final Month month;
	private final Map<RepId, List<StatementLine>> lines = new LinkedHashMap<>();
	private final Map<RepId, Money> totals = new LinkedHashMap<>();
	private final java.util.Set<RepId> failedGates = new java.util.HashSet<>();

	Ledger(Month month) {
		this.month = month;
		for (RepFacts rep : month.reps()) {
			lines.put(rep.repId(), new ArrayList<>());
			totals.put(rep.repId(), month.zero());
		}
	}

	/** A line every rep's statement shows: the team's basis, the pool. */
	void everyone(StatementLine line) {
		lines.values().forEach(l -> l.add(line));
	}

	void note(RepFacts rep, StatementLine line) {
		lines.get(rep.repId()).add(line);
	}

	/** A line that changes what the rep is paid by its amount. */
	void award(RepFacts rep, StatementLine line) {
		note(rep, line);
		totals.merge(rep.repId(), line.amount(), Money::plus);
	}

	/** Remembers that a gate failed for the rep: the floor does not make good what a gate took. */
	void failedGate(RepFacts rep) {
		failedGates.add(rep.repId());
	}

	boolean hasFailedGate(RepFacts rep) {
		return failedGates.contains(rep.repId());
	}

	/** The rep's lines so far, in order. */
	List<StatementLine> lines(RepFacts rep) {
		return lines.get(rep.repId());
	}

	Money total(RepFacts rep) {
		return totals.get(rep.repId());
	}

	List<Statement> statements(PlanVersion plan) {
		PeriodFacts facts = month.facts();
		return month.reps()
			.stream()
			.map(rep -> new Statement(rep.repId(), rep.name(), facts.teamId(), facts.period(), plan.name(),
					plan.version(), total(rep), List.copyOf(lines.get(rep.repId()))))
			.toList();
	}
}

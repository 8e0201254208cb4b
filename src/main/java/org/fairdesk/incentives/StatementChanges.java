package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a rep's pay since the month before (docs/pay.md, "What changed since last month"): the payout
 * before and now, each paying line before and now, the figures that moved, and which of them moved the payout by how
 * much. Pure: the one calculator is run again on last month's facts with this month's figures put in one group at a
 * time, the rep's own first, then the team's, so each effect is measured with everything after it still as last
 * month. The effects add up exactly to the difference; where two groups act together (a gate on CSAT and the margin
 * it pays on), the effect falls to the later group in that order.
 *
 * @param before last month's payout, as its statement shows it (stored once closed)
 * @param now this month's payout, as its statement shows it
 * @param lines every paying line of either statement (by its kind and rule), before and now
 * @param figures the rep's own figures and the team's that moved, before and after
 * @param effects what moved the payout, in the order measured; those that moved nothing are left out
 */
public record StatementChanges(RepId repId, String repName, YearMonth period, YearMonth previousPeriod, Money before,
		Money now, Money difference, List<LineChange> lines, List<FigureChange> figures, List<Effect> effects) {

	/** The groups of a month's figures, in the order their effects are measured. */
	static final List<String> GROUPS = List.of("orders", "quotes", "queries", "csat", "sla", "handling", "reopens",
			"assists");

	/** Whose figures an effect is measured on. */
	public enum Scope {
		/** Last month's statement against the plan version that pays this month, on last month's facts. */
		PLAN,
		/** One group of the rep's own figures. */
		OWN,
		/** One group of the team's figures (its pool's basis, its multipliers). */
		TEAM,
		/** What is left: colleagues' figures, days on the team and the month's length. */
		REST,
		/** Adjustments paid in this month less those paid in last month. */
		ADJUSTMENTS
	}

	/**
	 * One paying line before and now; a line one statement does not have counts as none there.
	 *
	 * @param rule the plan block that made it (as on the line)
	 */
	public record LineChange(Code code, String rule, String label, @Nullable Money before, @Nullable Money now,
			Money difference) {
	}

	/**
	 * A figure that moved, by its path in the facts document ({@code orders.margin}); amounts are in the team's
	 * currency ({@code money}), shares are fractions, the rest counts or seconds.
	 */
	public record FigureChange(Scope scope, String figure, @Nullable BigDecimal before, @Nullable BigDecimal after,
			boolean money) {

		/** How the figure's values read: the pages write each kind its own way (not a member of the API's answer). */
		public Unit unit() {
			return money ? Unit.MONEY : SHARES.contains(figure) ? Unit.SHARE
					: figure.equals("handling.medianSeconds") ? Unit.SECONDS : Unit.NUMBER;
		}
	}

	/** What a figure's value is: an amount, a share (a fraction to 4 places), seconds, or a count or average. */
	public enum Unit {
		MONEY, SHARE, SECONDS, NUMBER
	}

	/**
	 * What one group moved the payout by.
	 *
	 * @param group a figure group ({@code csat}), {@code plan}, {@code rest} or {@code adjustments}
	 */
	public record Effect(Scope scope, String group, Money amount) {
	}

	/**
	 * @param plan the version that pays this month (stored with it once closed)
	 * @param previousFacts last month's facts as its statements were made (stored once closed)
	 * @param facts this month's facts as its statements were made
	 */
	public static StatementChanges of(PlanVersion plan, PeriodFacts previousFacts, Statement previous,
			PeriodFacts facts, Statement current) {
		RepId rep = current.repId();
		Money before = previous.payout();
		Money now = current.payout();
		List<Effect> effects = new ArrayList<>();
		Money adjustmentsBefore = previous.adjustmentsPaid();
		Money adjustmentsNow = current.adjustmentsPaid();
		RepFacts ownBefore = rep(previousFacts, rep);
		RepFacts ownNow = rep(facts, rep);
		Money measured = payout(plan, previousFacts, rep);
		add(effects, Scope.PLAN, "plan", measured.minus(before.minus(adjustmentsBefore)));
		PeriodFacts substituted = previousFacts;
		if (ownBefore != null && ownNow != null) {
			for (String group : GROUPS) {
				substituted = withOwn(substituted, rep, group, ownNow.figures());
				Money next = payout(plan, substituted, rep);
				add(effects, Scope.OWN, group, next.minus(measured));
				measured = next;
			}
		}
		for (String group : GROUPS) {
			substituted = withTeam(substituted, group, facts.team());
			Money next = payout(plan, substituted, rep);
			add(effects, Scope.TEAM, group, next.minus(measured));
			measured = next;
		}
		add(effects, Scope.REST, "rest", now.minus(adjustmentsNow).minus(measured));
		add(effects, Scope.ADJUSTMENTS, "adjustments", adjustmentsNow.minus(adjustmentsBefore));
		List<FigureChange> figures = new ArrayList<>();
		if (ownBefore != null && ownNow != null) {
			figures.addAll(moved(Scope.OWN, ownBefore.figures(), ownNow.figures()));
		}
		figures.addAll(moved(Scope.TEAM, previousFacts.team(), facts.team()));
		return new StatementChanges(rep, current.repName(), current.period(), previous.period(), before, now,
				now.minus(before), lines(previous, current), List.copyOf(figures), List.copyOf(effects));
	}

	private static void add(List<Effect> effects, Scope scope, String group, Money amount) {
		if (amount.amount().signum() != 0) {
			effects.add(new Effect(scope, group, amount));
		}
	}

	/** The rep's payout under the plan on the facts; nothing when the rep is not in them. */
	private static Money payout(PlanVersion plan, PeriodFacts facts, RepId rep) {
		return Calculator.calculate(plan, facts).stream()
			.filter(s -> s.repId().equals(rep))
			.map(Statement::payout)
			.findFirst()
			.orElse(Money.zero(facts.currency()));
	}

	private static @Nullable RepFacts rep(PeriodFacts facts, RepId rep) {
		return facts.reps().stream().filter(r -> r.repId().equals(rep)).findFirst().orElse(null);
	}

	private static PeriodFacts withOwn(PeriodFacts facts, RepId rep, String group, Figures from) {
		List<RepFacts> reps = facts.reps().stream()
			.map(r -> !r.repId().equals(rep) ? r
					: new RepFacts(r.repId(), r.name(), r.hoursPerWeek(), r.startDate(), r.leavingDate(),
							r.daysOnTeam(), r.tenureMonths(), replaced(r.figures(), from, group), r.requests()))
			.toList();
		return new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(), reps);
	}

	private static PeriodFacts withTeam(PeriodFacts facts, String group, Figures from) {
		return new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(),
				replaced(facts.team(), from, group), facts.reps());
	}

	/** The figures with one group taken from {@code from}. */
	static Figures replaced(Figures f, Figures from, String group) {
		return new Figures(group.equals("orders") ? from.orders() : f.orders(),
				group.equals("quotes") ? from.quotes() : f.quotes(),
				group.equals("queries") ? from.queries() : f.queries(), group.equals("csat") ? from.csat() : f.csat(),
				group.equals("sla") ? from.sla() : f.sla(), group.equals("handling") ? from.handling() : f.handling(),
				group.equals("reopens") ? from.reopens() : f.reopens(),
				group.equals("assists") ? from.assists() : f.assists());
	}

	/** Each figure by its path, its value and whether it is an amount. */
	private static Map<String, @Nullable BigDecimal> values(Figures f) {
		Map<String, @Nullable BigDecimal> v = new LinkedHashMap<>();
		v.put("orders.fulfilled", whole(f.orders().fulfilled()));
		v.put("orders.revenue", f.orders().revenue().amount());
		v.put("orders.margin", f.orders().margin().amount());
		v.put("quotes.sent", whole(f.quotes().sent()));
		v.put("quotes.won", whole(f.quotes().won()));
		v.put("quotes.lost", whole(f.quotes().lost()));
		v.put("quotes.decided", whole(f.quotes().decided()));
		v.put("quotes.conversion", f.quotes().conversion());
		v.put("quotes.wonValue", f.quotes().wonValue().amount());
		v.put("quotes.wonMargin", f.quotes().wonMargin().amount());
		v.put("queries.resolved", whole(f.queries().resolved()));
		v.put("queries.escalated", whole(f.queries().escalated()));
		v.put("csat.responses", whole(f.csat().responses()));
		v.put("csat.mean", f.csat().mean());
		v.put("sla.counted", whole(f.sla().counted()));
		v.put("sla.met", whole(f.sla().met()));
		v.put("sla.metShare", f.sla().metShare());
		v.put("handling.medianSeconds", f.handling().medianSeconds() == null ? null
				: BigDecimal.valueOf(f.handling().medianSeconds()));
		v.put("reopens.reopens", whole(f.reopens().reopens()));
		v.put("reopens.closed", whole(f.reopens().closed()));
		v.put("reopens.rate", f.reopens().rate());
		v.put("assists.given", whole(f.assists().given()));
		v.put("assists.received", whole(f.assists().received()));
		return v;
	}

	private static final Set<String> AMOUNTS = Set.of("orders.revenue", "orders.margin", "quotes.wonValue",
			"quotes.wonMargin");

	private static final Set<String> SHARES = Set.of("quotes.conversion", "sla.metShare", "reopens.rate");

	private static List<FigureChange> moved(Scope scope, Figures before, Figures after) {
		Map<String, @Nullable BigDecimal> was = values(before);
		Map<String, @Nullable BigDecimal> is = values(after);
		List<FigureChange> moved = new ArrayList<>();
		was.forEach((figure, value) -> {
			BigDecimal now = is.get(figure);
			boolean same = value == null || now == null ? Objects.equals(value, now) : value.compareTo(now) == 0;
			if (!same) {
				moved.add(new FigureChange(scope, figure, value, now, AMOUNTS.contains(figure)));
			}
		});
		return moved;
	}

	private static BigDecimal whole(long value) {
		return BigDecimal.valueOf(value);
	}

	/** Paying lines by kind and rule, in the order this month's statement has them, then last month's others. */
	private static List<LineChange> lines(Statement previous, Statement current) {
		Map<String, LineChange> byKey = new LinkedHashMap<>();
		Money zero = Money.zero(current.payout().currency());
		for (StatementLine line : current.lines()) {
			if (line.pays()) {
				byKey.merge(key(line), new LineChange(line.code(), line.rule(), line.label(), null, line.amount(),
						line.amount()), (a, b) -> new LineChange(a.code(), a.rule(), a.label(), null,
								a.now().plus(b.now()), a.difference().plus(b.difference())));
			}
		}
		for (StatementLine line : previous.lines()) {
			if (line.pays()) {
				LineChange known = byKey.get(key(line));
				Money was = known == null || known.before() == null ? line.amount() : known.before().plus(line.amount());
				Money now = known == null ? null : known.now();
				byKey.put(key(line), new LineChange(line.code(), line.rule(),
						known == null ? line.label() : known.label(), was, now,
						(now == null ? zero : now).minus(was)));
			}
		}
		return List.copyOf(byKey.values());
	}

	private static String key(StatementLine line) {
		return line.code() + " " + line.rule();
	}
}

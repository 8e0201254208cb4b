package org.fairdesk.incentives;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement pages' questions (docs/pay.md): what changed in a rep's pay since last month, what a rep would be paid
 * if their figures were different, and a team's month for its manager. All of it is read; nothing is stored. A closed
 * month is read as stored (its statements, its facts document, its plan version), never recomputed.
 */
@Service
public class PayInsights {

	private final IncentiveManagement incentives;
	private final PayPeriods periods;
	private final Plans plans;
	private final Adjustments adjustments;
	private final PeopleManagement people;
	private final Clock clock;

	PayInsights(IncentiveManagement incentives, PayPeriods periods, Plans plans, Adjustments adjustments,
			PeopleManagement people, Clock clock) {
		this.incentives = incentives;
		this.periods = periods;
		this.plans = plans;
		this.adjustments = adjustments;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * What changed in the rep's pay from the month before {@code period} (their team's current month without one) to
	 * it. 404 when the rep has no statement in the month; empty when they had none the month before.
	 */
	@Transactional(readOnly = true)
	public Optional<StatementChanges> changes(RepId repId, @Nullable YearMonth period) {
		Rep rep = people.rep(repId);
		Team team = people.team(rep.teamId());
		YearMonth month = period == null ? team.thisMonth(clock) : period;
		Statement now = statement(team, month, repId).orElseThrow(() -> new NotFoundException("repId " + repId
				+ " has no statement for period " + month + ": no plan version was in force on its first day, or the "
				+ "rep was not on the team that month"));
		Optional<Statement> before = statement(team, month.minusMonths(1), repId);
		if (before.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(StatementChanges.of(plan(team, month).orElseThrow(), facts(team, month.minusMonths(1)),
				before.get(), facts(team, month), now));
	}

	/** The rep's statement as it stands and the one they would have with the changes made; nothing is stored. */
	public record WhatIfResult(TeamId teamId, YearMonth period, RepId repId, List<WhatIf.Change> changes,
			Statement current, Statement whatIf, Money difference) {
	}

	/**
	 * What the rep would be paid in an open month of their team (one that has begun and is not closed) with their
	 * figures changed: the month's facts are edited on a copy ({@link WhatIf}) and paid by the version in force with
	 * the one calculator, adjustments included as on the statement.
	 */
	@Transactional(readOnly = true)
	public WhatIfResult whatIf(TeamId teamId, YearMonth period, RepId repId, List<WhatIf.Change> changes) {
		Team team = people.team(teamId);
		whyNotOpenForWhatIf(team, period).ifPresent(why -> {
			throw InvalidInputException.of("period", why);
		});
		if (people.members(teamId).stream().noneMatch(rep -> rep.id().equals(repId))) {
			throw InvalidInputException.of("repId", "is not a rep of team " + team.name());
		}
		PlanVersion plan = plan(team, period).orElseThrow(); // an open month without one was refused above
		PeriodFacts facts = incentives.facts(team, period);
		List<Adjustment> paid = adjustments.paidIn(teamId, period);
		Statement current = own(Adjusting.statements(plan, facts, paid, incentives::repName), repId);
		Statement edited = own(Adjusting.statements(plan, WhatIf.apply(facts, repId, changes), paid,
				incentives::repName), repId);
		return new WhatIfResult(teamId, period, repId, List.copyOf(changes), current, edited,
				edited.payout().minus(current.payout()));
	}

	/**
	 * Whether a what-if can be tried on the team's month, by the rule {@link #whatIf} refuses by: the statements page
	 * offers "What if…" only where it answers.
	 */
	@Transactional(readOnly = true)
	public boolean openForWhatIf(TeamId teamId, YearMonth period) {
		return whyNotOpenForWhatIf(teamId, period).isEmpty();
	}

	/** Why {@link #whatIf} refuses the month, as its refusal says it; empty when the month is open to one. */
	@Transactional(readOnly = true)
	public Optional<String> whyNotOpenForWhatIf(TeamId teamId, YearMonth period) {
		return whyNotOpenForWhatIf(people.team(teamId), period);
	}

	/**
	 * Not open to a what-if: a month that has not begun in the team's zone, a closed one, or one no plan version pays
	 * (its page would otherwise offer a form that can only be refused).
	 */
	private Optional<String> whyNotOpenForWhatIf(Team team, YearMonth period) {
		String notOpen = period.isAfter(team.thisMonth(clock)) ? period + " has not begun"
				: periods.find(team.id(), period).isPresent() ? period + " is closed" : null;
		if (notOpen != null) {
			return Optional.of("must be an open month of team " + team.name() + ": " + notOpen + "; this month is "
					+ team.thisMonth(clock));
		}
		return plans.inForce(team.id(), period.atDay(1)).isPresent() ? Optional.empty()
				: Optional.of("has no plan version in force on its first day, " + period.atDay(1)
						+ ": there is no pay to try");
	}

	private static Statement own(List<Statement> statements, RepId repId) {
		return statements.stream().filter(s -> s.repId().equals(repId)).findFirst()
			.orElseThrow(() -> InvalidInputException.of("repId", "has no statement in the month: not on the team"));
	}

	/** A team's month for its manager: payouts as the statements show them, against last month and the preview. */
	@Transactional(readOnly = true)
	public TeamMonth teamMonth(TeamId teamId, YearMonth period) {
		Team team = people.team(teamId);
		Money zero = Money.zero(team.currency());
		PayPeriod standing = periods.find(teamId, period).orElseGet(() -> PayPeriod.open(teamId, period));
		List<Statement> statements = incentives.teamStatements(teamId, period);
		List<Statement> previous = incentives.teamStatements(teamId, period.minusMonths(1));
		Optional<PlanVersion> plan = plan(team, period);
		Map<RepId, Money> before = payouts(previous);
		YearMonth evaluatedOn = plan.map(p -> PlanHistory.opens(p.effectiveFrom()).minusMonths(1)).orElse(null);
		Map<RepId, Money> preview = plan.map(p -> payouts(Calculator.calculate(p, facts(team, evaluatedOn))))
			.orElse(Map.of());
		List<TeamMonth.RepPay> reps = statements.stream().map(s -> {
			Money was = before.get(s.repId());
			Money shown = preview.get(s.repId());
			return new TeamMonth.RepPay(s.repId(), s.repName(), s.payout(), was,
					was == null ? null : s.payout().minus(was), shown, shown == null ? null : s.payout().minus(shown));
		}).toList();
		Money total = statements.stream().map(Statement::payout).reduce(zero, Money::plus);
		Money previousTotal = previous.isEmpty() ? null
				: previous.stream().map(Statement::payout).reduce(zero, Money::plus);
		Money previewTotal = plan.isEmpty() ? null : preview.values().stream().reduce(zero, Money::plus);
		PeriodFacts facts = facts(team, period);
		Money margin = facts.team().orders().margin();
		Money previousMargin = previous.isEmpty() ? null : facts(team, period.minusMonths(1)).team().orders().margin();
		List<PayEvent> events = periods.events(teamId).stream().filter(e -> e.period().equals(period)).toList();
		return new TeamMonth(teamId, team.name(), team.currency().getCurrencyCode(), period, standing.state(),
				!standing.isClosed(), plan.map(p -> p.name() + " version " + p.version()).orElse(null), reps, total,
				previousTotal, previousTotal == null ? null : total.minus(previousTotal), margin,
				facts.team().orders().revenue(), PlanPreview.Month.share(total, margin),
				PlanPreview.Month.share(total, facts.team().orders().revenue()),
				previousTotal == null ? null : PlanPreview.Month.share(previousTotal, previousMargin),
				new TeamMonth.Preview(evaluatedOn, previewTotal, previewTotal == null ? null : total.minus(previewTotal)),
				standing, events);
	}

	private static Map<RepId, Money> payouts(List<Statement> statements) {
		return statements.stream().collect(Collectors.toMap(Statement::repId, Statement::payout, Money::plus));
	}

	/** A rep's statement for a month as the statements API gives it. */
	private Optional<Statement> statement(Team team, YearMonth month, RepId repId) {
		return incentives.statementOf(team, month, repId);
	}

	/** The version that pays the month: the one it was closed under, else the one in force on its first day. */
	private Optional<PlanVersion> plan(Team team, YearMonth month) {
		Optional<PayPeriod> closed = periods.find(team.id(), month);
		if (closed.isPresent()) {
			return Optional.of(plans.version(team.id(), closed.get().planName(), closed.get().planVersion()));
		}
		return plans.inForce(team.id(), month.atDay(1));
	}

	/** The month's facts as its statements were made: the stored document once it is closed, else read now. */
	private PeriodFacts facts(Team team, YearMonth month) {
		return incentives.recordedFacts(team, month);
	}
}

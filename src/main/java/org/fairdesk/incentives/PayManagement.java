package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a team's month: a manager closes it (its statements computed by the one calculator and stored with the
 * facts and the plan version they came from), approves it, and finance marks it paid. A closed month's statements are
 * read as stored, never recomputed (docs/pay.md).
 */
@Service
public class PayManagement {

	private final PayPeriods periods;
	private final Adjustments adjustments;
	private final Corrections corrections;
	private final Disputes disputes;
	private final Plans plans;
	private final IncentiveManagement incentives;
	private final PeopleManagement people;
	private final FactsLooks looks;
	private final MonthKeeping keeping;
	private final KeptMonths kept;
	private final Clock clock;

	PayManagement(PayPeriods periods, Adjustments adjustments, Corrections corrections, Disputes disputes, Plans plans,
			IncentiveManagement incentives, PeopleManagement people, FactsLooks looks, MonthKeeping keeping,
			KeptMonths kept, Clock clock) {
		this.keeping = keeping;
		this.kept = kept;
		this.looks = looks;
		this.disputes = disputes;
		this.periods = periods;
		this.adjustments = adjustments;
		this.corrections = corrections;
		this.plans = plans;
		this.incentives = incentives;
		this.people = people;
		this.clock = clock;
	}

	/** Where a team's month stands (OPEN until it is closed). */
	@Transactional(readOnly = true)
	public PayPeriod period(TeamId teamId, YearMonth period) {
		people.team(teamId);
		return periods.find(teamId, period).orElseGet(() -> PayPeriod.open(teamId, period));
	}

	/**
	 * The team's months from the first one a plan version pays to the current one, newest first, each where it
	 * stands (empty without a plan: there is nothing to settle).
	 */
	@Transactional(readOnly = true)
	public List<PayPeriod> months(TeamId teamId) {
		Team team = people.team(teamId);
		YearMonth first = plans.published(teamId).stream().map(PlanHistory.Published::opens).min(YearMonth::compareTo)
			.orElse(null);
		List<PayPeriod> months = new java.util.ArrayList<>();
		for (YearMonth month = team.thisMonth(clock); first != null && !month.isBefore(first);
				month = month.minusMonths(1)) {
			YearMonth shown = month;
			months.add(periods.find(teamId, month).orElseGet(() -> PayPeriod.open(teamId, shown)));
		}
		return months;
	}

	/**
	 * Closes a month that has ended, once: closing it again changes nothing. All of it is one transaction, so an
	 * interrupted close leaves nothing behind and running it again completes it.
	 */
	@Transactional
	public PayPeriod close(TeamId teamId, YearMonth period, String actor) {
		return close(teamId, period, actor, null);
	}

	/**
	 * Closes a month as {@link #close(TeamId, YearMonth, String)} does. While the team has open disputes (of any
	 * month: an accepted one is paid in the team's current month, so deciding them first pays them in time), the
	 * close is refused unless {@code openDisputesReason} says why it goes ahead; the reason and the disputes are
	 * recorded in the CLOSED event's detail. Without open disputes a reason is not needed and not recorded.
	 */
	@Transactional
	public PayPeriod close(TeamId teamId, YearMonth period, String actor, @Nullable String openDisputesReason) {
		return close(teamId, period, actor, openDisputesReason, clock.instant());
	}

	/**
	 * {@link #close(TeamId, YearMonth, String, String)} as of {@code at}, no later than now: the demo settles its past
	 * months on the days a team would have, so that who moved each month when reads as it would.
	 */
	@Transactional
	public PayPeriod close(TeamId teamId, YearMonth period, String actor, @Nullable String openDisputesReason,
			Instant requested) {
		Instant at = AsOf.stamp(requested, null, clock.instant());
		Team team = people.team(teamId);
		var closed = periods.find(teamId, period);
		if (closed.isPresent()) {
			return closed.get();
		}
		refuseUnlessClosable(team, period, at);
		PlanVersion plan = plans.inForce(teamId, period.atDay(1))
			.orElseThrow(() -> InvalidInputException.of("period", "has no plan version in force on its first day, "
					+ period.atDay(1) + ": there is nothing to pay, so nothing to close"));
		String disputed = openDisputes(teamId, period, openDisputesReason);
		Optional<PeriodFacts> keptFacts = keeping.facts(team, period);
		PeriodFacts facts = keptFacts.orElseGet(() -> incentives.facts(teamId, period));
		List<Statement> statements;
		try {
			corrections.findFor(team, period, actor, at);
			statements = Adjusting.statements(plan, facts, adjustments.paidIn(teamId, period), incentives::repName);
			if (keptFacts.isPresent()) {
				periods.insertKeptClose(plan, facts, statements, actor, at);
			}
			else {
				periods.insertClose(plan, facts, statements, actor, at);
			}
		}
		catch (DuplicateKeyException raced) {
			// Another node closed the same month a moment before (its period row, or the first look at a month before
			// it, committed first): its close stands, and this one stores nothing.
			throw new ConflictException("period", period + " was closed at the same moment by another request; "
					+ "it is closed now");
		}
		looks.save(facts, at, team.zone());
		periods.event(teamId, period, PayPeriod.State.CLOSED, actor, at, statements.size()
				+ " statements, " + total(statements, team) + " in all, under " + plan.name() + " version "
				+ plan.version() + disputed);
		return periods.find(teamId, period).orElseThrow();
	}

	/** How many ended months before this one a team keeps for their close, at most (the month just ended first). */
	static final int MONTHS_KEPT = 2;

	/**
	 * The team's ended months that are kept for their close ({@link MonthKeeping}): the last {@value #MONTHS_KEPT}
	 * that are not closed and have a plan version in force on their first day, newest first.
	 */
	@Transactional(readOnly = true)
	public List<YearMonth> monthsToKeep(TeamId teamId) {
		Team team = people.team(teamId);
		List<YearMonth> months = new java.util.ArrayList<>();
		YearMonth month = team.thisMonth(clock).minusMonths(1);
		for (int back = 0; back < MONTHS_KEPT; back++, month = month.minusMonths(1)) {
			if (periods.find(teamId, month).isEmpty() && plans.inForce(teamId, month.atDay(1)).isPresent()) {
				months.add(month);
			}
		}
		return months;
	}

	/**
	 * Keeps an ended month for its close, or brings what is kept of it up to date (docs/pay.md, "Months kept for
	 * their close"): the first time reads the month from its rows, later ones only the reps a late write changed.
	 * Refused for a month that has not ended or is closed.
	 */
	@Transactional
	public void keepForClose(TeamId teamId, YearMonth period) {
		Team team = people.team(teamId);
		boolean closed = periods.find(teamId, period).isPresent();
		if (closed || team.end(org.fairdesk.shared.Period.month(period)).isAfter(clock.instant())) {
			throw InvalidInputException.of("period", "is " + (closed ? "closed" : "not over yet")
					+ ": only an ended, open month is kept for its close");
		}
		// asked again once the month is locked: a close may have held it first
		keeping.keep(team, period, () -> periods.find(teamId, period).isEmpty());
	}

	/** Stops keeping the team's months that are closed now: their closes keep what they need. */
	@Transactional
	public void forgetClosedMonths(TeamId teamId) {
		kept.months(teamId).stream().filter(month -> periods.find(teamId, month).isPresent())
			.forEach(month -> kept.forget(teamId, month));
	}

	/** What the close's event adds about the team's open disputes (empty without any), or a 400 without a reason. */
	private String openDisputes(TeamId teamId, YearMonth period, @Nullable String reason) {
		List<Dispute> open = disputes.find(teamId, null, null, Dispute.State.OPEN);
		if (open.isEmpty()) {
			return "";
		}
		String listed = open.stream().map(Dispute::describe).collect(Collectors.joining(", "));
		FieldChecks checks = new FieldChecks();
		String said = DisputeManagement.text(reason, "openDisputesReason", false, checks);
		checks.require(said != null || checks.hasProblem("openDisputesReason"), "openDisputesReason",
				"is required: the team has " + open.size() + " open " + (open.size() == 1 ? "dispute" : "disputes")
						+ " (" + listed + "); decide " + (open.size() == 1 ? "it" : "them") + " first, or give the"
						+ " reason to close " + period + " while they are open");
		checks.throwIfAny();
		return "; closed with " + open.size() + " open " + (open.size() == 1 ? "dispute" : "disputes") + " ("
				+ open.stream().map(d -> "#" + d.id()).collect(Collectors.joining(", ")) + "): " + said;
	}

	private void refuseUnlessClosable(Team team, YearMonth period, Instant at) {
		YearMonth current = team.monthOf(at);
		if (!period.isBefore(current)) {
			throw InvalidInputException.of("period", "has not ended: " + period + " can be closed from "
					+ period.plusMonths(1).atDay(1) + " in team " + team.name() + "'s time zone (" + team.zone() + ")");
		}
		YearMonth previous = period.minusMonths(1);
		boolean previousPays = plans.inForce(team.id(), previous.atDay(1)).isPresent();
		if (previousPays && periods.find(team.id(), previous).isEmpty()) {
			throw InvalidInputException.of("period", "cannot be closed while the month before it, " + previous
					+ ", is open: close " + previous + " first");
		}
	}

	/** A manager approves a closed month for payment; approving it again, or once it is paid, changes nothing. */
	@Transactional
	public PayPeriod approve(TeamId teamId, YearMonth period, String actor) {
		return approve(teamId, period, actor, clock.instant());
	}

	/** {@link #approve(TeamId, YearMonth, String)} as of {@code at} (the demo's past months). */
	@Transactional
	public PayPeriod approve(TeamId teamId, YearMonth period, String actor, Instant at) {
		return move(teamId, period, PayPeriod.State.CLOSED, PayPeriod.State.APPROVED, actor, at);
	}

	/** Finance marks an approved month paid; marking it again changes nothing. */
	@Transactional
	public PayPeriod pay(TeamId teamId, YearMonth period, String actor) {
		return pay(teamId, period, actor, clock.instant());
	}

	/** {@link #pay(TeamId, YearMonth, String)} as of {@code at} (the demo's past months). */
	@Transactional
	public PayPeriod pay(TeamId teamId, YearMonth period, String actor, Instant at) {
		return move(teamId, period, PayPeriod.State.APPROVED, PayPeriod.State.PAID, actor, at);
	}

	private PayPeriod move(TeamId teamId, YearMonth period, PayPeriod.State from, PayPeriod.State to, String actor,
			Instant requested) {
		PayPeriod now = period(teamId, period);
		Instant previous = from == PayPeriod.State.CLOSED ? now.closedAt() : now.approvedAt();
		Instant at = AsOf.stamp(requested, previous, clock.instant());
		if (now.hasReached(to)) {
			// a retry (an approval after finance paid) answers the month as it is, as a second close does
			return now;
		}
		if (now.state() != from) {
			throw InvalidInputException.of("period", "is " + now.state() + ": it must be " + from + " to be "
					+ to.name().toLowerCase(java.util.Locale.ROOT) + (from == PayPeriod.State.CLOSED && now.state()
							== PayPeriod.State.OPEN ? "; close it first" : ""));
		}
		if (!periods.move(teamId, period, from, to, actor, at)) {
			throw new ConflictException("period", period + " was moved at the same moment by another request");
		}
		periods.event(teamId, period, to, actor, at, from + " to " + to);
		return periods.find(teamId, period).orElseThrow();
	}

	/**
	 * A manager's adjustment, with a reason, paid in an open month: shown on its provisional statements and stored
	 * with them when it closes. A closed month takes none (its statements are kept as they were paid).
	 */
	@Transactional
	public Adjustment adjust(TeamId teamId, YearMonth period, org.fairdesk.people.RepId repId, Money amount,
			String reason, String actor) {
		return adjust(teamId, period, repId, amount.amount(), amount.currency().getCurrencyCode(), reason, actor);
	}

	/**
	 * {@link #adjust(TeamId, YearMonth, org.fairdesk.people.RepId, Money, String, String)} with the amount and
	 * currency as sent: every problem, with them, with the month, the rep or the reason, is named at once.
	 */
	@Transactional
	public Adjustment adjust(TeamId teamId, YearMonth period, org.fairdesk.people.RepId repId,
			@Nullable BigDecimal amount, @Nullable String currency, @Nullable String reason, String actor) {
		Team team = people.team(teamId);
		var checks = new FieldChecks();
		Money paid = AdjustmentAmount.checked(amount, currency, true, team, AMOUNT_REQUIRED, "must not be zero",
				checks);
		checkWhereAdjusted(team, period, repId, checks);
		requireReason(reason, checks);
		checks.throwIfAny();
		adjustments.insert(teamId, period, repId, Adjustment.Kind.MANUAL, null, paid, reason, List.of(), actor,
				clock.instant());
		List<Adjustment> added = adjustments.paidIn(teamId, period);
		return added.get(added.size() - 1);
	}

	private static final String AMOUNT_REQUIRED = "is required: a number, negative to take back";

	/**
	 * What an adjustment sent without its team, month or rep is also told: its other missing fields, so that a body
	 * missing several is refused once, naming them all.
	 */
	public static void requireTheRest(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String reason,
			FieldChecks checks) {
		AdjustmentAmount.requirePresent(amount, currency, true, AMOUNT_REQUIRED, "EUR", checks);
		requireReason(reason, checks);
	}

	/**
	 * Where an adjustment may be paid: in an open month that has begun and has a plan in force, to a rep of the team.
	 */
	private void checkWhereAdjusted(Team team, YearMonth period, org.fairdesk.people.RepId repId, FieldChecks checks) {
		boolean closed = periods.find(team.id(), period).isPresent();
		YearMonth current = team.thisMonth(clock);
		checks.require(!closed, "period", "is closed: an adjustment is paid in an open month; choose a later one")
			// a month that has not begun lists nowhere yet, so a mistyped year would hide the money until then
			.require(!period.isAfter(current), "period", "has not begun: an adjustment is paid in an open month up to "
					+ "this one, " + current + " in team " + team.name() + "'s time zone; choose " + current)
			// A month without a plan in force is never closed, so an adjustment in it would never be paid.
			.require(closed || plans.inForce(team.id(), period.atDay(1)).isPresent(), "period",
					"has no plan version in force on its first day, " + period.atDay(1)
							+ ": no statement pays in it, so the adjustment would never be paid; choose a month with one")
			.require(people.members(team.id()).stream().anyMatch(rep -> rep.id().equals(repId)), "repId",
					"is not a rep of team " + team.name());
	}

	/** An adjustment's reason, as the rep will read it: required, at most 1,000 characters. */
	private static void requireReason(@Nullable String reason, FieldChecks checks) {
		checks.require(reason != null && !reason.isBlank(), "reason", "is required: why, as the rep will read it");
		checks.require(reason == null || reason.length() <= 1000, "reason", "must be at most 1000 characters");
	}

	/** The adjustments paid in a team's month. */
	@Transactional(readOnly = true)
	public List<Adjustment> adjustments(TeamId teamId, YearMonth period) {
		people.team(teamId);
		return adjustments.paidIn(teamId, period);
	}

	/** Who moved the team's months and when, newest first. */
	@Transactional(readOnly = true)
	public List<PayEvent> events(TeamId teamId) {
		people.team(teamId);
		return periods.events(teamId);
	}

	/**
	 * The payroll file's lines for a PAID month: each stored statement's rep, as named at the close, with their
	 * employee id as recorded now (null when none is: the row is kept), the payout and the month. Any other state is
	 * a 400 naming {@code period}: a month is handed to payroll only once finance has marked it paid.
	 */
	@Transactional(readOnly = true)
	public List<PayrollLine> payroll(TeamId teamId, YearMonth period) {
		PayPeriod now = period(teamId, period);
		if (now.state() != PayPeriod.State.PAID) {
			throw InvalidInputException.of("period", "is " + now.state() + ": a payroll file is made only for a PAID "
					+ "month; " + switch (now.state()) {
						case OPEN -> "close, approve and pay " + period + " first";
						case CLOSED -> "approve " + period + " and mark it paid first";
						default -> "mark " + period + " paid first";
					});
		}
		Map<RepId, Rep> reps = people.members(teamId).stream().collect(Collectors.toMap(Rep::id, rep -> rep));
		return periods.statements(teamId, period).stream().map(statement -> {
			Rep rep = reps.get(statement.repId());
			return new PayrollLine(statement.repId(), rep == null ? null : rep.employeeId(), statement.repName(),
					statement.payout(), period);
		}).toList();
	}

	/** Recomputes a closed month from the facts and plan version stored with it: what a check of a close compares. */
	@Transactional(readOnly = true)
	List<Statement> recomputed(TeamId teamId, YearMonth period) {
		PayPeriod closed = periods.find(teamId, period).orElseThrow();
		PlanVersion plan = plans.version(teamId, closed.planName(), closed.planVersion());
		PeriodFacts facts = periods.storedFacts(teamId, period).orElseThrow();
		return Adjusting.statements(plan, facts, adjustments.paidIn(teamId, period), incentives::repName).stream()
			.map(Statement::asStored)
			.toList();
	}

	private static Money total(List<Statement> statements, Team team) {
		return statements.stream().map(Statement::payout).reduce(Money.zero(team.currency()), Money::plus);
	}
}

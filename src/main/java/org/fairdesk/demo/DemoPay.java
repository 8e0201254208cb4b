package org.fairdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import java.util.List;

import org.fairdesk.incentives.DisputeManagement;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.PlanAcknowledgementManagement;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.springframework.stereotype.Component;

/**
 * The demo's pay: the plan in force from the first month of the history, and the months before the current one
 * settled as a team would have settled them: all but the last closed, approved and paid, the last one closed and
 * approved (waiting for finance), the current month open (docs/pay.md). Between the last two closes a customer sends
 * back part of an order of a paid month and another answers its survey late ({@link DemoLateFact}), so the last close
 * pays the difference as adjustments.
 * Two reps dispute a line of last month's statement: one is answered, the other waits for the manager.
 */
@Component
class DemoPay {

	/** How many months before the current one the history covers, each of them settled. */
	static final int PAST_MONTHS = 4;

	/** Finance pays a month on this day of the next one. */
	static final int PAY_DAY = 10;

	private final IncentiveManagement incentives;
	private final PayManagement pay;
	private final DemoLateFact lateFact;
	private final DisputeManagement disputes;
	private final PlanAcknowledgementManagement acknowledgements;
	private final Clock clock;

	DemoPay(IncentiveManagement incentives, PayManagement pay, DemoLateFact lateFact, DisputeManagement disputes,
			PlanAcknowledgementManagement acknowledgements, Clock clock) {
		this.incentives = incentives;
		this.pay = pay;
		this.lateFact = lateFact;
		this.disputes = disputes;
		this.acknowledgements = acknowledgements;
		this.clock = clock;
	}

	/**
	 * The plan's two versions: the simplest pool from the history's first month, then the same pool scaled by the
	 * team's CSAT from two months before the current one, so that the team view's preview of the version paying last
	 * month is that version on a month of real history (docs/pay.md). All reps but two have acknowledged it.
	 */
	void publishPlan(Team team, LocalDate firstDay, List<Rep> reps) {
		// Each stamped as it would have happened: a plan published two weeks before it pays, read by the reps on the
		// days after (one a day), all before it takes effect.
		incentives.publish(team.id(), DemoCast.FIRST_PLAN, firstDay, "manager", at(team, firstDay.minusDays(14), 10));
		LocalDate secondFrom = team.thisMonth(clock).minusMonths(2).atDay(1);
		LocalDate published = secondFrom.minusDays(14);
		PlanVersion second = incentives.publish(team.id(), DemoCast.PLAN, secondFrom, "manager",
				at(team, published, 10));
		List<Rep> reading = reps.stream().filter(rep -> !DemoCast.NOT_ACKNOWLEDGED.contains(rep.username())).toList();
		for (int i = 0; i < reading.size(); i++) {
			acknowledgements.acknowledge(reading.get(i).id(), second.name(), second.version(),
					at(team, published.plusDays(1 + i), 9 + i));
		}
	}

	/** Settles the history's past months; the current one stays open. */
	void settle(Team team, LocalDate firstDay) {
		YearMonth last = team.thisMonth(clock).minusMonths(1);
		for (YearMonth month = YearMonth.from(firstDay); month.isBefore(last); month = month.plusMonths(1)) {
			closeAndApprove(team, month);
			pay.pay(team.id(), month, "finance", at(team, month.plusMonths(1).atDay(PAY_DAY), 15));
		}
		lateFact.partReturned(team, last.minusMonths(1));
		lateFact.surveyAnsweredLate(team, last.minusMonths(1));
		closeAndApprove(team, last);
	}

	/**
	 * The manager closes a month early on the first business day after it, before the day's work (the demo's late
	 * facts come later that morning), and approves it at eleven; as of now at the latest.
	 */
	private void closeAndApprove(Team team, YearMonth month) {
		LocalDate day = DemoLateFact.firstBusinessDay(month.plusMonths(1));
		pay.close(team.id(), month, "manager", null, closeTime(team, month));
		pay.approve(team.id(), month, "manager", at(team, day, 11));
	}

	/** When the demo closes a month: 08:00 on the next month's first business day (as of now at the latest). */
	static Instant closeTime(Team team, YearMonth month) {
		return at(team, DemoLateFact.firstBusinessDay(month.plusMonths(1)), 8);
	}

	/**
	 * Whether a fact of {@code month} given at {@code at} would come after that month's close: the demo leaves it out
	 * (an answer not given, an assist not yet decided), so that no close holds a fact dated after it; the one late
	 * fact it means to show is {@link DemoLateFact}'s.
	 */
	static boolean afterItsClose(Team team, YearMonth month, Instant at, Instant now) {
		Instant closed = closeTime(team, month);
		return closed.isBefore(now) && at.isAfter(closed);
	}

	private static Instant at(Team team, LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(team.zone()).toInstant();
	}

	/**
	 * The disputes a manager finds on a first look: Farid disputes his share of the returned order and is answered;
	 * Bruno asks for the week he covered a colleague to count, and waits.
	 */
	void dispute(Team team, List<Rep> reps) {
		YearMonth last = team.thisMonth(clock).minusMonths(1);
		// the afternoon after the month's close and approval, and the next morning (as of now at the latest)
		LocalDate closed = DemoLateFact.firstBusinessDay(last.plusMonths(1));
		Rep farid = reps.get(5);
		long answered = disputes.open(farid.id(), team.id(), last, line(farid, last, StatementLine.Code.ADJUSTMENT),
				"ADJUSTMENT", DemoCast.DISPUTED_RETURN, farid.username(), at(team, closed, 14)).id();
		disputes.reject(answered, DemoCast.RETURN_ANSWER, "manager", at(team, closed, 16));
		Rep bruno = reps.get(1);
		disputes.open(bruno.id(), team.id(), last, line(bruno, last, StatementLine.Code.SPLIT), "SPLIT",
				DemoCast.DISPUTED_SPLIT, bruno.username(), at(team, closed.plusDays(1), 10));
	}

	private int line(Rep rep, YearMonth month, StatementLine.Code code) {
		Statement statement = incentives.statementsOf(rep.id(), month).get(0);
		for (int i = 0; i < statement.lines().size(); i++) {
			if (statement.lines().get(i).code() == code) {
				return i;
			}
		}
		throw new IllegalStateException(rep.username() + "'s statement for " + month + " has no " + code + " line");
	}
}

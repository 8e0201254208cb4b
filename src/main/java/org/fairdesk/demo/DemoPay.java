package org.fairdesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.people.Team;
import org.springframework.stereotype.Component;

/**
 * The demo's pay: the plan in force from the first month of the history, and the months before the current one
 * settled as a team would have settled them: all but the last closed, approved and paid, the last one closed and
 * approved (waiting for finance), the current month open (docs/pay.md). Between the last two closes a customer sends
 * back part of an order of a paid month ({@link DemoLateFact}), so the last close pays the difference as adjustments.
 */
@Component
class DemoPay {

	/** How many months before the current one the history covers, each of them settled. */
	static final int PAST_MONTHS = 4;

	private final IncentiveManagement incentives;
	private final PayManagement pay;
	private final DemoLateFact lateFact;
	private final Clock clock;

	DemoPay(IncentiveManagement incentives, PayManagement pay, DemoLateFact lateFact, Clock clock) {
		this.incentives = incentives;
		this.pay = pay;
		this.lateFact = lateFact;
		this.clock = clock;
	}

	void publishPlan(Team team, LocalDate firstDay) {
		incentives.publish(team.id(), DemoCast.PLAN, firstDay, "manager");
	}

	/** Settles the history's past months; the current one stays open. */
	void settle(Team team, LocalDate firstDay) {
		YearMonth last = team.thisMonth(clock).minusMonths(1);
		for (YearMonth month = YearMonth.from(firstDay); month.isBefore(last); month = month.plusMonths(1)) {
			pay.close(team.id(), month, "manager");
			pay.approve(team.id(), month, "manager");
			pay.pay(team.id(), month, "finance");
		}
		lateFact.partReturned(team, last.minusMonths(1));
		pay.close(team.id(), last, "manager");
		pay.approve(team.id(), last, "manager");
	}
}

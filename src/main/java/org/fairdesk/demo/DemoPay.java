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
 * settled as a team would have settled them: the oldest closed, approved and paid, the last one closed and approved
 * (waiting for finance), the current month open (docs/pay.md).
 */
@Component
class DemoPay {

	private final IncentiveManagement incentives;
	private final PayManagement pay;
	private final Clock clock;

	DemoPay(IncentiveManagement incentives, PayManagement pay, Clock clock) {
		this.incentives = incentives;
		this.pay = pay;
		this.clock = clock;
	}

	void publishPlan(Team team, LocalDate firstDay) {
		incentives.publish(team.id(), DemoCast.PLAN, firstDay);
	}

	/** Settles the history's past months; the current one stays open. */
	void settle(Team team, LocalDate firstDay) {
		YearMonth current = team.thisMonth(clock);
		for (YearMonth month = YearMonth.from(firstDay); month.isBefore(current); month = month.plusMonths(1)) {
			pay.close(team.id(), month, "manager");
			pay.approve(team.id(), month, "manager");
			if (month.isBefore(current.minusMonths(1))) {
				pay.pay(team.id(), month, "finance");
			}
		}
	}
}

package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;

import org.fairdesk.people.Team;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** One month's month-end look, in a transaction of its own ({@link PayManagement#lookAtEndedMonths}). */
@Component
class EndedMonthLook {

	private final FactsLooks looks;
	private final IncentiveManagement incentives;
	private final PayPeriods periods;

	EndedMonthLook(FactsLooks looks, IncentiveManagement incentives, PayPeriods periods) {
		this.looks = looks;
		this.incentives = incentives;
		this.periods = periods;
	}

	/**
	 * Reads an ended, open month's facts from its rows and keeps them with the requests behind them, unless its
	 * month-end look still holds; true when it read them.
	 */
	@Transactional
	boolean lookAt(Team team, YearMonth month, Instant now) {
		boolean holds = looks.find(team.id(), month)
			.filter(FactsLooks.Look::withRequests)
			.flatMap(look -> incentives.asLooked(team, month, look))
			.isPresent();
		if (holds) {
			return false;
		}
		looks.saveWithRequests(incentives.facts(team, month), now, team.zone());
		if (periods.find(team.id(), month).isPresent()) {
			// Closed by another request while the rows were read: its close's look stands, and this one is not kept.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return false;
		}
		return true;
	}
}

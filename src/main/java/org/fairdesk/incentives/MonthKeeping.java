package org.fairdesk.incentives;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.metrics.FigureRequests;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.RepMonth;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.shared.Period;
import org.springframework.stereotype.Service;

/**
 * Keeps an ended month rep by rep until its close (docs/pay.md, "Months kept for their close"), so that the close
 * reads some 500 kept rows instead of a million requests (issue 15's close speed). The first look reads the month
 * from its rows; each later one asks the metrics module which reps a late write changed since the last look (less
 * {@link Corrections#UNSEEN_WRITES}, for writes stamped before it that committed after) and reads those reps alone
 * again. The month's figures are then put together from the reps' parts by the metrics module
 * ({@link MetricsManagement#teamOf}), which gives what its rows give: the close pays what the dashboard shows.
 */
@Service
class MonthKeeping {

	/**
	 * More reps changed than this share of the month's parts: the month is read again whole, which costs about as
	 * much as reading half of its reps one by one.
	 */
	private static final int READ_WHOLE_ABOVE_ONE_IN = 2;

	/** What kept parts are made by: the metrics module's parts, and the requests packed as a closed month's are. */
	static final String FORMAT = RepMonth.FORMAT + "; requests packed 1";

	private final KeptMonths kept;
	private final MetricsManagement metrics;
	private final IncentiveManagement incentives;
	private final Clock clock;

	MonthKeeping(KeptMonths kept, MetricsManagement metrics, IncentiveManagement incentives, Clock clock) {
		this.kept = kept;
		this.metrics = metrics;
		this.incentives = incentives;
		this.clock = clock;
	}

	/**
	 * Starts keeping an ended month, or brings it up to date: what the job does for every team's ended, open months.
	 * In the caller's transaction, after the start (a transaction of its own); nothing if the month is no longer open
	 * once it is locked (a close that held it first).
	 */
	void keep(Team team, YearMonth period, java.util.function.BooleanSupplier stillOpen) {
		kept.start(team.id(), period, team.zone());
		kept.lock(team.id(), period).filter(head -> stillOpen.getAsBoolean())
			.ifPresent(head -> bringUpToDate(team, period, head));
	}

	/**
	 * The month's facts from what is kept, brought up to date first, with the requests behind each rep's figures;
	 * empty when the month is not kept (the close then reads its rows). The month stays locked until the caller's
	 * transaction ends.
	 */
	Optional<PeriodFacts> facts(Team team, YearMonth period) {
		return kept.lock(team.id(), period).map(head -> {
			bringUpToDate(team, period, head);
			return read(team, period);
		});
	}

	private void bringUpToDate(Team team, YearMonth period, KeptMonths.Head head) {
		Instant now = clock.instant();
		Period month = Period.month(period);
		if (head.lookedAt() == null || !head.zone().equals(team.zone()) || !FORMAT.equals(head.format())) {
			kept.replaceAll(team.id(), period, parts(metrics.repMonths(team, month)), now, team.zone());
			return;
		}
		Set<RepId> changed = metrics.repsChangedSince(team, month, head.lookedAt().minus(Corrections.UNSEEN_WRITES));
		if (changed.isEmpty()) {
			kept.looked(team.id(), period, now, team.zone());
		}
		else if (changed.size() * READ_WHOLE_ABOVE_ONE_IN > kept.size(team.id(), period)) {
			kept.replaceAll(team.id(), period, parts(metrics.repMonths(team, month)), now, team.zone());
		}
		else {
			kept.replace(team.id(), period, changed, parts(metrics.repMonths(team, month, changed)), now,
					team.zone());
		}
	}

	private static Map<RepId, KeptMonths.Part> parts(MetricsManagement.RepMonths read) {
		Map<RepId, KeptMonths.Part> parts = new HashMap<>();
		read.months().forEach((rep, month) -> parts.put(rep, new KeptMonths.Part(month.write(),
				FactsDocuments.writeStoredRequests(FactsFromMetrics.of(read.requests()
					.getOrDefault(rep, FigureRequests.NONE))))));
		return parts;
	}

	private PeriodFacts read(Team team, YearMonth period) {
		Map<RepId, KeptMonths.Part> parts = kept.parts(team.id(), period);
		Map<RepId, RepMonth> months = new HashMap<>();
		parts.forEach((rep, part) -> months.put(rep, RepMonth.read(part.figures())));
		return incentives.facts(team, period, metrics.teamOf(team, Period.month(period), months),
				rep -> Optional.ofNullable(parts.get(rep))
					.map(part -> FactsDocuments.parseStoredRequests(part.requests()))
					.orElse(PeriodFacts.Requests.NONE));
	}
}

package org.fairdesk.incentives;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.springframework.util.function.SingletonSupplier;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * How long a kept month is brought up to date rep by rep before it is read whole again: a write committed over an
	 * hour after the time it is stamped with ({@link Corrections#UNSEEN_WRITES}) is missed by the looks, for a day
	 * at most rather than for good. The job reads it in the background, so a close seldom does.
	 */
	static final java.time.Duration READ_WHOLE_EVERY = java.time.Duration.ofDays(1);

	/** What kept parts are made by: the metrics module's parts, and the requests packed as a closed month's are. */
	static final String FORMAT = RepMonth.FORMAT + "; requests packed 1, heads 1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, List<Object>>> HEADS = new TypeReference<>() {
	};

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
		if (head.lookedAt() == null || !head.zone().equals(team.zone()) || !FORMAT.equals(head.format())
				|| head.readWholeAt() == null || head.readWholeAt().isBefore(now.minus(READ_WHOLE_EVERY))) {
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
		read.months().forEach((rep, month) -> {
			PeriodFacts.Requests requests = FactsFromMetrics.of(read.requests().getOrDefault(rep, FigureRequests.NONE));
			parts.put(rep, new KeptMonths.Part(month.write(), FactsDocuments.writeStoredRequests(requests),
					heads(requests)));
		});
		return parts;
	}

	/** Each list's size and first id, by its name: {"quotesWon": [3, "…"], "quotesLost": [0], …}. */
	private static String heads(PeriodFacts.Requests requests) {
		Map<String, List<Object>> heads = new LinkedHashMap<>();
		requests.lists().forEach((name, ids) -> heads.put(name, ids.isEmpty() ? List.of(0)
				: List.of(ids.size(), ids.get(0).toString())));
		return JSON.writeValueAsString(heads);
	}

	/**
	 * The month's facts from its kept parts: the figures put together by the metrics module, and each rep's lists
	 * as {@link KeptRequestIds}, whose ids are read (the rep's row, once) only if asked for.
	 */
	private PeriodFacts read(Team team, YearMonth period) {
		Map<RepId, KeptMonths.Part> parts = kept.parts(team.id(), period);
		// some 500 parts of a few kilobytes each, read on every core: the most of a kept close's own work
		Map<RepId, RepMonth> months = parts.entrySet().parallelStream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> RepMonth.read(e.getValue().figures())));
		return incentives.facts(team, period, metrics.teamOf(team, Period.month(period), months),
				rep -> Optional.ofNullable(parts.get(rep))
					.map(part -> requests(team, period, rep, part.heads()))
					.orElse(PeriodFacts.Requests.NONE));
	}

	private PeriodFacts.Requests requests(Team team, YearMonth period, RepId rep, String headsText) {
		Map<String, List<Object>> heads = JSON.readValue(headsText, HEADS);
		Supplier<PeriodFacts.Requests> all = SingletonSupplier.of(() -> FactsDocuments.parseStoredRequests(
				kept.requestsOf(team.id(), period, rep)));
		Map<String, List<UUID>> lists = new LinkedHashMap<>();
		heads.forEach((name, head) -> {
			int size = ((Number) head.get(0)).intValue();
			lists.put(name, size == 0 ? List.of() : new KeptRequestIds(size, UUID.fromString((String) head.get(1)),
					() -> all.get().lists().get(name)));
		});
		return PeriodFacts.Requests.of(lists);
	}
}

package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The metrics' API: a team's figures for a day, week or month, team first and then per rep. */
@Service
public class MetricsManagement {

	private static final long[] NONE = new long[3];

	private final MetricsQueries queries;
	private final FigureRequestQueries figureRequests;
	private final PeopleManagement people;
	private final Clock clock;

	MetricsManagement(MetricsQueries queries, FigureRequestQueries figureRequests, PeopleManagement people,
			Clock clock) {
		this.queries = queries;
		this.figureRequests = figureRequests;
		this.people = people;
		this.clock = clock;
	}

	/** The period as written (2026-11, 2026-W47, 2026-11-16; blank: this month), in the team's zone. */
	@Transactional(readOnly = true)
	public TeamMetrics team(TeamId id, @Nullable String period) {
		Team team = people.team(id);
		return team(team, Period.parse(period, team.today(clock)));
	}

	@Transactional(readOnly = true)
	public TeamMetrics team(Team team, Period period) {
		return team(team, period, null);
	}

	private TeamMetrics team(Team team, Period period, FigureRequestQueries.@Nullable Lists lists) {
		var window = window(team, period);
		return metricsOf(team, period, new Facts(queries.closed(window, lists), queries.surveys(window),
				queries.reopens(window), queries.assists(window), queries.transfers(window),
				queries.currentWip(team.id().value())));
	}

	private TeamMetrics metricsOf(Team team, Period period, Facts facts) {
		List<TeamMetrics.RepFigures> reps = new ArrayList<>();
		for (Rep rep : people.members(team.id())) {
			reps.add(new TeamMetrics.RepFigures(rep.id(), rep.displayName(), facts.of(rep.id().value(), team)));
		}
		reps.sort(Comparator.comparing(TeamMetrics.RepFigures::name));
		return new TeamMetrics(team.id().value(), team.name(), period.label(), team.currency().getCurrencyCode(),
				facts.ofTeam(team), reps);
	}

	/**
	 * The requests behind each rep's figures in {@link #team(Team, Period)}'s window, by rep: the same rows its
	 * counts count. A rep with none behind any figure is left out (their lists are {@link FigureRequests#NONE}).
	 * Reads the figures too ({@link #teamWithRequests}).
	 */
	@Transactional(readOnly = true)
	public Map<RepId, FigureRequests> requestsBehind(Team team, Period period) {
		return teamWithRequests(team, period).requests();
	}

	/**
	 * {@link #team(Team, Period)} and {@link #requestsBehind(Team, Period)} at once: the scan of the closed requests
	 * that gives their figures lists them too, which is what a month's facts need (a million-request month's close
	 * read the rows once more for the lists otherwise).
	 */
	@Transactional(readOnly = true)
	public FiguresAndRequests teamWithRequests(Team team, Period period) {
		var lists = new FigureRequestQueries.Lists();
		TeamMetrics figures = team(team, period, lists);
		figureRequests.addOthers(window(team, period), lists);
		Map<RepId, FigureRequests> reps = new java.util.HashMap<>();
		lists.byRep().forEach((rep, requests) -> reps.put(new RepId(rep), requests));
		return new FiguresAndRequests(figures, reps);
	}

	/**
	 * What each rep did in the period ({@link RepMonth}), every rep who did anything in it, and the requests behind
	 * their figures (reps with none left out): the parts {@link #team(Team, Period)} is made of, to be kept rep by
	 * rep and put together again by {@link #teamOf}.
	 */
	@Transactional(readOnly = true)
	public RepMonths repMonths(Team team, Period period) {
		return repMonths(window(team, period));
	}

	/**
	 * {@link #repMonths(Team, Period)} for some reps only, read through their own rows (a rep who did nothing in the
	 * period is left out): what a period kept rep by rep reads again after late writes changed those reps.
	 */
	@Transactional(readOnly = true)
	public RepMonths repMonths(Team team, Period period, java.util.Collection<RepId> reps) {
		if (reps.isEmpty()) {
			return new RepMonths(Map.of(), Map.of());
		}
		// their rows only, each statement once for them all (by closer, by survey rep: indexes of their own)
		return repMonths(window(team, period).of(reps.stream().map(RepId::value).toList()));
	}

	private RepMonths repMonths(MetricsQueries.Window window) {
		var lists = new FigureRequestQueries.Lists();
		Map<Long, RepMonth> read = queries.repMonths(window, lists);
		figureRequests.addOthers(window, lists);
		Map<RepId, RepMonth> months = new java.util.HashMap<>();
		read.forEach((rep, month) -> months.put(new RepId(rep), month));
		Map<RepId, FigureRequests> requests = new java.util.HashMap<>();
		lists.byRep().forEach((rep, listed) -> requests.put(new RepId(rep), listed));
		return new RepMonths(months, requests);
	}

	/** Each rep's part of a period and the requests behind their figures ({@link #repMonths(Team, Period)}). */
	public record RepMonths(Map<RepId, RepMonth> months, Map<RepId, FigureRequests> requests) {
	}

	/**
	 * A team's figures for a period put together from what each rep did in it ({@link #repMonths}): the same
	 * figures {@link #team(Team, Period)} reads from the rows, when {@code months} has every rep who did anything in
	 * the period as the rows have them now. The team's sums add up the reps'; its percentiles are taken over all
	 * their durations; the work each rep holds now is read now.
	 */
	@Transactional(readOnly = true)
	public TeamMetrics teamOf(Team team, Period period, Map<RepId, RepMonth> months) {
		Map<Long, MetricsQueries.Sums> sums = new java.util.HashMap<>();
		Map<Long, ClosedRows> groups = new java.util.HashMap<>();
		Map<Long, long[]> surveys = new java.util.HashMap<>();
		Map<Long, long[]> reopens = new java.util.HashMap<>();
		Map<Long, long[]> assists = new java.util.HashMap<>();
		Map<Long, long[]> transfers = new java.util.HashMap<>();
		months.forEach((rep, month) -> {
			long id = rep.value();
			if (month.counts[0] > 0) { // as the rows' sums have only the reps who closed any
				sums.put(id, new MetricsQueries.Sums(month.counts, month.amounts));
				groups.put(id, month.rows);
			}
			surveys.put(id, month.surveys);
			reopens.put(id, new long[] { month.reopens });
			assists.put(id, month.assists);
			transfers.put(id, month.transfers);
		});
		return metricsOf(team, period, new Facts(MetricsQueries.closedOf(sums, groups), surveys, reopens, assists,
				transfers, queries.currentWip(team.id().value())));
	}

	/** The reps whose figures in the period a late write made at or after {@code since} may have changed. */
	@Transactional(readOnly = true)
	public java.util.Set<RepId> repsChangedSince(Team team, Period period, java.time.Instant since) {
		java.util.Set<RepId> reps = new java.util.HashSet<>();
		queries.repsWrittenSince(window(team, period), since).forEach(rep -> reps.add(new RepId(rep)));
		return reps;
	}

	/**
	 * Whether a period's figures may have changed since an instant: true when a reopen, a survey answer or an assist
	 * decision that counts in the period was made at or after it (docs/pay.md, "Which closed months a close looks at
	 * again"). False means the period reads now as it read at {@code since}, for writes made through Fairdesk; rows
	 * edited in the database by hand are not seen.
	 */
	@Transactional(readOnly = true)
	public boolean changedSince(Team team, Period period, java.time.Instant since) {
		return queries.writtenSince(window(team, period), since);
	}

	/** A team's figures for a period and the requests behind each rep's (reps with none left out). */
	public record FiguresAndRequests(TeamMetrics figures, Map<RepId, FigureRequests> requests) {
	}

	private static MetricsQueries.Window window(Team team, Period period) {
		return new MetricsQueries.Window(team.id().value(), team.start(period), team.end(period));
	}

	/**
	 * Assists each rep was asked to decide and decided in the period (docs/metrics.md, Collaboration): the rep is the
	 * side that did not propose the assist. Reps who decided none are left out.
	 */
	@Transactional(readOnly = true)
	public Map<RepId, AssistDecisions> assistDecisions(Team team, Period period) {
		var window = window(team, period);
		Map<RepId, AssistDecisions> reps = new java.util.HashMap<>();
		queries.assistDecisions(window).forEach((rep, n) -> reps.put(new RepId(rep), new AssistDecisions(n[0], n[1])));
		return reps;
	}

	/** Assists put to a rep to confirm or decline, and how many of them they declined. */
	public record AssistDecisions(long decided, long declined) {
	}

	/** How many weeks the dashboard's trend shows. */
	static final int TREND_WEEKS = 12;

	/**
	 * The dashboard: the period's figures and the {@value #TREND_WEEKS} ISO weeks up to the period's last day (or
	 * today, if the period is not over).
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(TeamId id, @Nullable String period) {
		Team team = people.team(id);
		LocalDate today = team.today(clock);
		Period chosen = Period.parse(period, today);
		LocalDate lastDay = chosen.endDay().minusDays(1).isAfter(today) ? today : chosen.endDay().minusDays(1);
		Period lastWeek = Period.weekOf(lastDay);
		List<Period> weeks = new ArrayList<>();
		for (int i = TREND_WEEKS - 1; i >= 0; i--) {
			weeks.add(Period.weekOf(lastWeek.firstDay().minusWeeks(i)));
		}
		List<java.time.Instant> bounds = new ArrayList<>();
		weeks.forEach(w -> bounds.add(team.start(w)));
		bounds.add(team.end(lastWeek));
		List<MetricsQueries.Bucket> buckets = queries.trend(id.value(), bounds);
		List<Dashboard.Week> trend = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			MetricsQueries.Bucket b = buckets.get(i);
			trend.add(new Dashboard.Week(weeks.get(i).label(), b.orders(), b.quotes(), b.queries(),
					Money.of(b.revenue(), team.currency()), share(b.slaMet(), b.slaCounted()), b.csatResponses(),
					b.csatResponses() == 0 ? null : BigDecimal.valueOf(b.csatTotal()).divide(
							BigDecimal.valueOf(b.csatResponses()), 2, RoundingMode.HALF_UP)));
		}
		var window = window(team, chosen);
		List<Long> ratings = java.util.Arrays.stream(queries.ratings(window)).boxed().toList();
		return new Dashboard(team(team, chosen), trend, ratings);
	}

	/** Everything the queries returned for one window, keyed by rep ({@link MetricsQueries#TEAM}: the team). */
	private record Facts(Map<Long, MetricsQueries.Closed> closed, Map<Long, long[]> surveys,
			Map<Long, long[]> reopens, Map<Long, long[]> assists, Map<Long, long[]> transfers, Map<Long, long[]> wip) {

		Figures of(long rep, Team team) {
			return figures(closed.get(rep), surveys.getOrDefault(rep, NONE),
					reopens.getOrDefault(rep, NONE)[0], assists.getOrDefault(rep, NONE), transfers.getOrDefault(rep, NONE),
					wip.getOrDefault(rep, NONE)[0], team);
		}

		Figures ofTeam(Team team) {
			return figures(closed.get(MetricsQueries.TEAM), total(surveys), total(reopens)[0],
					total(assists), total(transfers), total(wip)[0], team);
		}
	}

	/** {@code surveys}: issued, answered and the answers' rating total (an answered survey is one CSAT response). */
	private static Figures figures(MetricsQueries.@Nullable Closed closed, long[] surveys, long reopens,
			long[] assists, long[] transfers, long wip, Team team) {
		MetricsQueries.Closed c = closed != null ? closed
				: new MetricsQueries.Closed(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, null, null, null, 0, 0, 0, 0, 0,
						BigDecimal.ZERO, BigDecimal.ZERO, List.of());
		var result = new Figures.Outcomes(c.closed(), c.outcomes(), Money.of(c.revenue(), team.currency()),
				Money.of(c.margin(), team.currency()), c.quotesWon(), c.quotesDecided(), share(c.quotesWon(),
						c.quotesDecided()), c.queriesResolved(), c.queriesEscalated(), c.quotesSent(),
				Money.of(c.wonQuoteValue(), team.currency()), Money.of(c.wonQuoteMargin(), team.currency()));
		var speed = new Figures.Speed(c.handlingMedian(), c.handlingP90(), c.firstResponseMedian(), c.slaCounted(),
				c.slaMet(), share(c.slaMet(), c.slaCounted()), c.firstResponseSlaCounted(), c.firstResponseSlaMet(),
				share(c.firstResponseSlaMet(), c.firstResponseSlaCounted()));
		var satisfaction = new Figures.Satisfaction(surveys[0], surveys[1], share(surveys[1], surveys[0]), surveys[1],
				surveys[1] == 0 ? null : BigDecimal.valueOf(surveys[2]).divide(BigDecimal.valueOf(surveys[1]), 2,
						RoundingMode.HALF_UP), reopens, share(reopens, c.closed()));
		return new Figures(result, speed, satisfaction, new Figures.Collaboration(assists[0], assists[1], transfers[0],
				transfers[1]), wip);
	}

	/**
	 * A fraction to four places (0.8333), null when there is nothing to divide by: the one definition of every share
	 * and rate in docs/metrics.md (conversion, SLA met, reopen rate), which a facts document's are checked against.
	 */
	public static @Nullable BigDecimal share(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private static long[] total(Map<Long, long[]> rows) {
		long[] sum = new long[3];
		rows.values().forEach(values -> {
			for (int i = 0; i < values.length; i++) {
				sum[i] += values[i];
			}
		});
		return sum;
	}
}

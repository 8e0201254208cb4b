package org.fairdesk.incentives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.metrics.FigureRequests;
import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incentives module's API: publishes plan versions and computes statements with the one calculator. */
@Service
public class IncentiveManagement {

	private final Plans plans;
	private final PayPeriods closedMonths;
	private final Adjustments adjustments;
	private final PeopleManagement people;
	private final MetricsManagement metrics;
	private final Clock clock;

	IncentiveManagement(Plans plans, PayPeriods closedMonths, Adjustments adjustments, PeopleManagement people,
			MetricsManagement metrics, Clock clock) {
		this.plans = plans;
		this.closedMonths = closedMonths;
		this.adjustments = adjustments;
		this.people = people;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Publishes the YAML document as the next version of its plan for the team, in force from the given day, as
	 * {@code publishedBy} (the pay audit names them).
	 */
	@Transactional
	public PlanVersion publish(TeamId team, String yaml, LocalDate effectiveFrom, String publishedBy) {
		return publish(team, yaml, effectiveFrom, publishedBy, clock.instant());
	}

	/**
	 * {@link #publish(TeamId, String, LocalDate, String)} as of {@code at} (the demo's history): the publication is
	 * stamped, and the pay audit lists it, at that moment, or as {@link AsOf} bounds it (not after now, not before the
	 * team's previous publication).
	 */
	@Transactional
	public PlanVersion publish(TeamId team, String yaml, LocalDate effectiveFrom, String publishedBy, Instant at) {
		Team owner = people.team(team);
		List<PlanHistory.Published> published = plans.published(team);
		// every problem at once: a bad document and a date in a closed month are named together, nothing stored
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		neverApplies(team, effectiveFrom, published).ifPresent(problems::add);
		@Nullable PlanDocument document = null;
		try {
			document = parse(yaml, owner.currency(), owner.name());
		}
		catch (InvalidInputException refused) {
			problems.addAll(refused.problems());
		}
		if (document == null || !problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PlanVersion plan = new PlanVersion(document.name(), plans.nextVersion(team, document.name()), effectiveFrom,
				document);
		try {
			Instant latest = published.stream().map(PlanHistory.Published::publishedAt).max(Instant::compareTo)
				.orElse(null);
			plans.insert(team, plan, yaml, publishedBy, AsOf.stamp(at, latest, clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			// Another publication of this plan read the same latest version and stored the next one first: the
			// unique (team_id, name, version) refuses the second. The caller publishes again on top of it.
			throw new ConflictException("document.name", "another version of plan " + plan.name()
					+ " was published at the same moment; try again");
		}
		return plan;
	}

	/**
	 * Why a version effective from this day would pay no month, if it would not: the day falls in a closed month (a
	 * closed month keeps the statements it was paid by), its first month is after the last Fairdesk counts, or a
	 * version already published for a later day of its month takes the month both open. Refused rather than stored,
	 * naming the version in the way.
	 */
	private Optional<InvalidInputException.FieldProblem> neverApplies(TeamId team, LocalDate effectiveFrom,
			List<PlanHistory.Published> published) {
		Optional<YearMonth> closed = closedMonths.lastClosed(team)
			.filter(last -> !effectiveFrom.isAfter(last.atEndOfMonth()));
		if (closed.isPresent()) {
			return Optional.of(new InvalidInputException.FieldProblem("effectiveFrom", "falls in or before "
					+ closed.get() + ", which is closed: a closed month keeps the statements it was paid by; choose a "
					+ "day from " + closed.get().plusMonths(1).atDay(1)));
		}
		YearMonth opens = PlanHistory.opens(effectiveFrom);
		if (opens.getYear() > Inputs.LAST_YEAR) {
			return Optional.of(new InvalidInputException.FieldProblem("effectiveFrom", "would never apply: it first "
					+ "pays " + opens + ", after the last month Fairdesk counts (" + Inputs.LAST_YEAR
					+ "-12); choose a day up to " + Inputs.LAST_YEAR + "-12-01"));
		}
		return PlanHistory.overtaking(published, effectiveFrom)
			.map(next -> new InvalidInputException.FieldProblem("effectiveFrom", "would never apply: " + next.name()
					+ " version " + next.version() + ", effective from " + next.effectiveFrom() + ", already pays from "
					+ next.opens() + ", the first month this one would pay; choose " + next.effectiveFrom()
					+ " (published later, it replaces that version) or a later day"));
	}

	/** A team's plan versions, each with the months it pays ("this month": the team's). */
	@Transactional(readOnly = true)
	public PlanHistory plans(TeamId teamId) {
		Team team = people.team(teamId);
		return PlanHistory.of(teamId.value(), plans.published(teamId), team.thisMonth(clock));
	}

	/**
	 * A plan document read and checked for the team as {@link #publish} and {@link #evaluate} read it (a problem names
	 * its {@code document…} field and line), as a draft numbered 0 that nothing stores: what a backtest runs.
	 */
	@Transactional(readOnly = true)
	public PlanVersion draft(TeamId teamId, String yaml) {
		Team team = people.team(teamId);
		PlanDocument document = parse(yaml, team.currency(), team.name());
		return new PlanVersion(document.name(), 0, team.thisMonth(clock).atDay(1), document);
	}

	/** A published version of the team's plan by its name and number; empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<PlanVersion> version(TeamId teamId, String name, int version) {
		people.team(teamId);
		return plans.published(teamId).stream().anyMatch(p -> p.name().equals(name) && p.version() == version)
				? Optional.of(plans.version(teamId, name, version)) : Optional.empty();
	}

	/**
	 * A team's month as it was recorded: a closed month's facts document and statements as stored at its close; an
	 * open month's facts read now and its statements computed now, both provisional (docs/lab.md, backtests).
	 */
	@Transactional(readOnly = true)
	public RecordedMonth recorded(TeamId teamId, YearMonth period) {
		Team team = people.team(teamId);
		PeriodFacts facts = recordedFacts(team, period);
		if (closedMonths.find(teamId, period).isPresent()) {
			return new RecordedMonth(period, false, facts, closedMonths.statements(teamId, period));
		}
		List<Statement> paid = plans.inForce(teamId, period.atDay(1))
			.map(plan -> Adjusting.statements(plan, facts, adjustments.paidIn(teamId, period), this::repName))
			.orElse(List.of());
		return new RecordedMonth(period, true, facts, paid);
	}

	/**
	 * The one rule for a month's facts as its statements were made: the document stored at its close once it is
	 * closed (never reread from today's rows), else the facts read now.
	 */
	PeriodFacts recordedFacts(Team team, YearMonth period) {
		return closedMonths.storedFacts(team.id(), period)
			.orElseGet(() -> facts(team, period));
	}

	/**
	 * A team's month as recorded.
	 *
	 * @param provisional an open month: its facts and statements may still change
	 * @param paid the statements stored at the month's close (computed now for an open month; none without a plan)
	 */
	public record RecordedMonth(YearMonth period, boolean provisional, PeriodFacts facts, List<Statement> paid) {
	}

	/**
	 * Every team's statements for a period, under the plan version in force at the period's start; without a
	 * period, each team's current month in its own zone.
	 */
	@Transactional(readOnly = true)
	public List<Statement> statements(@Nullable YearMonth period) {
		return people.teams().stream().flatMap(team -> statements(team, monthOf(team, period)).stream()).toList();
	}

	/** A rep's statements for a period; without one, their team's current month. */
	@Transactional(readOnly = true)
	public List<Statement> statementsOf(RepId rep, @Nullable YearMonth period) {
		Team team = people.team(people.rep(rep).teamId());
		return statementOf(team, monthOf(team, period), rep).stream().toList();
	}

	/**
	 * A rep's statement in a team's month: a closed month's as stored, read alone (a big month's other statements and
	 * requests are not read); an open month's computed with the team's, as a team's pay needs the whole team.
	 */
	Optional<Statement> statementOf(Team team, YearMonth period, RepId rep) {
		if (closedMonths.find(team.id(), period).isPresent()) {
			return closedMonths.statementOf(team.id(), period, rep);
		}
		return statements(team, period).stream().filter(s -> s.repId().equals(rep)).findFirst();
	}

	/**
	 * One team's statements for a month (its current month without one): as stored once it is closed, else computed
	 * now and provisional.
	 */
	@Transactional(readOnly = true)
	public List<Statement> teamStatements(TeamId teamId, @Nullable YearMonth period) {
		Team team = people.team(teamId);
		return statements(team, monthOf(team, period));
	}

	/** What a plan document would pay a team for a period (the team's current month without one): nothing is stored. */
	@Transactional(readOnly = true)
	public List<Statement> evaluate(String yaml, TeamId teamId, @Nullable YearMonth period) {
		Team team = people.team(teamId);
		PlanDocument document = parse(yaml, team.currency(), team.name());
		YearMonth month = monthOf(team, period);
		PlanVersion draft = new PlanVersion(document.name(), 0, month.atDay(1), document);
		return Calculator.calculate(draft, facts(team, month));
	}

	/**
	 * What a draft would pay the team beside the version in force, for the team's current month and the one before:
	 * each month's facts are read once and both plans are calculated on them. Nothing is stored.
	 */
	@Transactional(readOnly = true)
	public PlanPreview preview(TeamId teamId, String yaml) {
		Team team = people.team(teamId);
		PlanDocument document = parse(yaml, team.currency(), team.name());
		YearMonth thisMonth = team.thisMonth(clock);
		List<PlanPreview.Month> months = List.of(thisMonth, thisMonth.minusMonths(1))
			.stream()
			.map(month -> previewMonth(team, month, new PlanVersion(document.name(), 0, month.atDay(1), document)))
			.toList();
		return new PlanPreview(teamId.value(), team.name(), team.currency().getCurrencyCode(), document.name(),
				months);
	}

	private PlanPreview.Month previewMonth(Team team, YearMonth month, PlanVersion draft) {
		PeriodFacts facts = facts(team, month);
		Optional<PlanVersion> inForce = plans.inForce(team.id(), month.atDay(1));
		return PlanPreview.Month.of(month, facts.team().orders().margin(), facts.team().orders().revenue(),
				inForce.map(plan -> new PlanPreview.PlanInForce(plan.name(), plan.version())).orElse(null),
				Calculator.calculate(draft, facts),
				inForce.map(plan -> Calculator.calculate(plan, facts)).orElse(null));
	}

	/** The YAML text of the version in force in the team's current month, as it was published. */
	@Transactional(readOnly = true)
	public Optional<String> documentInForce(TeamId teamId) {
		Team team = people.team(teamId);
		return plans.documentInForce(teamId, team.thisMonth(clock).atDay(1));
	}

	/**
	 * Reads a document a manager sent. A problem in one of its fields also names the line of the YAML it is on, so
	 * that an editor can point at it.
	 */
	private static PlanDocument parse(String yaml) {
		try {
			return PlanDocuments.parse(yaml);
		}
		catch (InvalidInputException refused) {
			throw PlanDocumentLines.located(refused, yaml);
		}
	}

	/** Reads a document to pay a team with: its currency and amounts must be the team's too. */
	private static PlanDocument parse(String yaml, Currency currency, String teamName) {
		PlanDocument document = parse(yaml);
		try {
			PlanChecks.checkFor(document, currency, teamName);
		}
		catch (InvalidInputException refused) {
			throw PlanDocumentLines.located(refused, yaml);
		}
		return document;
	}

	private YearMonth monthOf(Team team, @Nullable YearMonth period) {
		return period == null ? team.thisMonth(clock) : period;
	}

	/** A closed month's statements as they were stored; an open month's computed now, provisional. */
	private List<Statement> statements(Team team, YearMonth period) {
		if (closedMonths.find(team.id(), period).isPresent()) {
			return closedMonths.statements(team.id(), period);
		}
		return plans.inForce(team.id(), period.atDay(1))
			.map(plan -> Adjusting.statements(plan, facts(team, period), adjustments.paidIn(team.id(), period),
					this::repName))
			.orElse(List.of());
	}

	/** A rep's name as the people module has it now (for a statement of adjustments alone: a rep who has left). */
	String repName(RepId rep) {
		return people.rep(rep).displayName();
	}

	/** A team's facts for a month (its current month without one), as the calculator reads them. */
	@Transactional(readOnly = true)
	public PeriodFacts facts(TeamId teamId, @Nullable YearMonth period) {
		Team team = people.team(teamId);
		return facts(team, monthOf(team, period));
	}

	/**
	 * What a plan document would pay on a facts document (JSON, docs/plans.md): no database is read and nothing is
	 * stored, so any numbers can be tried. Both documents are checked first; a problem in the facts is named under
	 * {@code facts}.
	 */
	public List<Statement> evaluate(String yaml, String factsJson) {
		PlanDocument document = parse(yaml);
		PeriodFacts facts = FactsDocuments.parse(factsJson, "facts");
		parse(yaml, facts.currency(), facts.teamName());
		PlanVersion draft = new PlanVersion(document.name(), 0, facts.period().atDay(1), document);
		return Calculator.calculate(draft, facts);
	}

	/**
	 * The month's facts as the dashboard counts them: the metrics module defines every figure (docs/metrics.md), so a
	 * statement and the dashboard cannot disagree about a month. The reps are the team's members who were
	 * on the team on at least one day of the month ({@code Rep.daysOnTeamIn}): started by its last day and not left
	 * before its first. Each rep's facts list the requests behind their figures, read by the same definitions.
	 */
	PeriodFacts facts(Team team, YearMonth period) {
		MetricsManagement.FiguresAndRequests read = this.metrics.teamWithRequests(team, Period.month(period));
		return facts(team, period, read.figures(), rep -> FactsFromMetrics.of(read.requests()
			.getOrDefault(rep, FigureRequests.NONE)));
	}

	/**
	 * {@link #facts(Team, YearMonth)} from the month's figures and the requests behind each rep's, however they were
	 * read ({@link MonthKeeping} puts them together from what it keeps): {@code requests} is asked for the reps on the
	 * team that month only.
	 */
	PeriodFacts facts(Team team, YearMonth period, TeamMetrics metrics,
			java.util.function.Function<RepId, PeriodFacts.Requests> requests) {
		Map<RepId, Figures> figures = metrics.reps()
			.stream()
			.collect(Collectors.toMap(TeamMetrics.RepFigures::repId, TeamMetrics.RepFigures::figures));
		List<PeriodFacts.RepFacts> reps = people.members(team.id())
			.stream()
			.filter(rep -> TeamPresence.daysOnTeam(rep, period) > 0)
			.map(rep -> repFacts(rep, period, FactsFromMetrics.of(figures.get(rep.id())))
				.withRequests(requests.apply(rep.id())))
			.toList();
		return new PeriodFacts(period, team.id(), team.name(), team.currency(), FactsFromMetrics.of(metrics.team()),
				reps);
	}

	/** Whether the month's figures may have changed since {@code since} ({@link MetricsManagement#changedSince}). */
	boolean factsChangedSince(Team team, YearMonth period, Instant since) {
		return metrics.changedSince(team, Period.month(period), since);
	}

	/**
	 * A month's facts from figures read before, with the team's and each rep's details as they are now (name, hours,
	 * dates, days on the team, tenure): what {@link #facts(Team, YearMonth)} would give, less the requests, when the
	 * month's figures have not changed since {@code looked} was read. Empty when the reps on the team that month are
	 * not the ones {@code looked} has: a rep's figures, or the team's, may then differ, and only the rows tell.
	 */
	Optional<PeriodFacts> refreshed(Team team, YearMonth period, PeriodFacts looked) {
		Map<RepId, PeriodFacts.RepFacts> before = looked.reps().stream()
			.collect(Collectors.toMap(PeriodFacts.RepFacts::repId, rep -> rep));
		List<Rep> on = people.members(team.id()).stream().filter(rep -> TeamPresence.daysOnTeam(rep, period) > 0)
			.toList();
		if (on.size() != before.size() || !on.stream().allMatch(rep -> before.containsKey(rep.id()))) {
			return Optional.empty();
		}
		List<PeriodFacts.RepFacts> reps = on.stream()
			.map(rep -> repFacts(rep, period, before.get(rep.id()).figures()))
			.toList();
		return Optional.of(new PeriodFacts(period, team.id(), team.name(), team.currency(), looked.team(), reps));
	}

	private static PeriodFacts.RepFacts repFacts(Rep rep, YearMonth period, PeriodFacts.Figures figures) {
		return new PeriodFacts.RepFacts(rep.id(), rep.displayName(), rep.hoursPerWeek(), rep.startDate(),
				rep.leavingDate(), TeamPresence.daysOnTeam(rep, period),
				TeamPresence.tenureMonths(rep.startDate(), period), figures);
	}
}

package org.fairdesk.standards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's minimum standards, who falls short of them (read from the dashboard's figures, {@link MetricsManagement}),
 * and the outcomes of the conversations that follow. Never a pay input: nothing here is read by incentives
 * (docs/standards.md).
 */
@Service
public class StandardsManagement {

	/** At most this many standards per team: a few minimums to notice, not a scorecard. */
	public static final int MAX_STANDARDS = 20;

	/** The largest multiple of the team's value a standard may name. */
	static final BigDecimal MAX_MULTIPLE = new BigDecimal("100");

	public static final int MAX_OUTCOME = 2000;

	private final StandardsStore store;
	private final MetricsManagement metrics;
	private final PeopleManagement people;
	private final Clock clock;

	StandardsManagement(StandardsStore store, MetricsManagement metrics, PeopleManagement people, Clock clock) {
		this.store = store;
		this.metrics = metrics;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Standard> standards(TeamId team) {
		people.team(team);
		return store.standards(team);
	}

	/**
	 * Replaces the team's list with {@code standards}, every field checked first ({@code standards[1].threshold}): one
	 * problem refuses the whole list and nothing is stored. An empty list removes every standard.
	 */
	@Transactional
	public List<Standard> replace(TeamId team, @Nullable List<@Nullable NewStandard> standards) {
		people.team(team);
		List<Standard> checked = checked(standards);
		try {
			store.replace(team, checked);
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("standards", "the team's standards were replaced at the same moment by another "
					+ "request; read them and try again");
		}
		return store.standards(team);
	}

	static List<Standard> checked(@Nullable List<@Nullable NewStandard> standards) {
		FieldChecks checks = new FieldChecks();
		if (standards == null) {
			checks.require(false, "standards", "is required: a list of standards (empty to remove them all)");
			checks.throwIfAny();
			return List.of();
		}
		checks.require(standards.size() <= MAX_STANDARDS, "standards", "must hold at most " + MAX_STANDARDS
				+ " standards, got " + standards.size());
		checks.throwIfAny();
		List<Standard> checked = new ArrayList<>();
		for (int i = 0; i < standards.size(); i++) {
			Standard standard = checked(standards.get(i), "standards[" + i + "]", checks);
			if (standard != null) {
				checked.add(standard);
			}
		}
		checks.throwIfAny();
		return checked;
	}

	private static @Nullable Standard checked(@Nullable NewStandard input, String at, FieldChecks checks) {
		if (input == null) {
			checks.require(false, at, "is required: a standard, not null");
			return null;
		}
		StandardMetric metric = Inputs.oneOf(StandardMetric.class, input.metric(), at + ".metric", checks);
		Comparison comparison = Inputs.oneOf(Comparison.class, input.comparison(), at + ".comparison", checks);
		BigDecimal threshold = input.threshold();
		String field = at + ".threshold";
		if (threshold == null) {
			checks.require(false, field, "is required: the limit, or the multiple of the team's value");
		}
		else if (!Inputs.isOfSaneSize(threshold) || threshold.stripTrailingZeros().scale() > 4) {
			checks.require(false, field, "must have at most 4 decimal places");
		}
		else if (comparison != null && comparison.relativeToTeam()) {
			checks.require(threshold.signum() > 0 && threshold.compareTo(MAX_MULTIPLE) <= 0, field,
					"must be a multiple of the team's value above 0 and at most " + MAX_MULTIPLE + ", got "
							+ threshold.toPlainString());
		}
		else if (comparison != null && metric != null) {
			checks.require(threshold.compareTo(metric.lowest()) >= 0 && threshold.compareTo(metric.highest()) <= 0,
					field, "must be from " + metric.lowest() + " to " + metric.highest() + " for " + metric + " ("
							+ unit(metric) + "), got " + threshold.toPlainString());
		}
		Integer months = input.monthsInARow();
		checks.require(months != null && months >= 1 && months <= 12, at + ".monthsInARow",
				"must be a whole number of months from 1 to 12" + (months == null ? "" : ", got " + months));
		Long sample = input.minimumSample();
		checks.require(sample != null && sample >= 1 && sample <= 1_000_000, at + ".minimumSample",
				"must be a whole number from 1 to 1000000" + (metric == null ? "" : " (" + metric.sampleName() + ")")
						+ (sample == null ? "" : ", got " + sample));
		if (metric == null || comparison == null || threshold == null || months == null || sample == null
				|| checks.hasProblem(field)) {
			return null;
		}
		return new Standard(metric, comparison, threshold, months, sample, input.active() == null || input.active());
	}

	private static String unit(StandardMetric metric) {
		switch (metric) {
		case CSAT:
			return "a mean rating";
		case HANDLING_MEDIAN:
			return "seconds";
		default:
			return "a fraction: 0.8 is 80 %";
		}
	}

	/**
	 * Every rep of the team flagged for {@code month}: for each active standard, short in each of its months in a row
	 * ending with {@code month}, by the dashboard's figures of each month; and the conversations recorded for it.
	 */
	@Transactional(readOnly = true)
	public StandardFlags flags(TeamId teamId, YearMonth month) {
		Team team = people.team(teamId);
		List<Standard> standards = store.standards(teamId);
		int longest = standards.stream().filter(Standard::active).mapToInt(Standard::monthsInARow).max().orElse(1);
		Map<YearMonth, TeamMetrics> months = new HashMap<>();
		for (int i = 0; i < longest; i++) {
			YearMonth m = month.minusMonths(i);
			if (Inputs.isWithinYears(m.atDay(1))) {
				months.put(m, metrics.team(team, Period.month(m)));
			}
		}
		return new StandardFlags(teamId.value(), team.name(), month.toString(), standards,
				FlagRule.flags(standards, month, months), store.conversations(teamId, month));
	}

	/**
	 * Records what came of the conversation with a rep flagged for {@code period}: the rep must be on the team and
	 * flagged in that month; the outcome is required, at most {@value #MAX_OUTCOME} characters.
	 */
	@Transactional
	public Conversation recordConversation(TeamId teamId, NewConversation input, String actor) {
		Team team = people.team(teamId);
		FieldChecks checks = new FieldChecks();
		checks.require(input.repId() != null, "repId", "is required: the flagged rep's id");
		YearMonth period = null;
		try {
			period = Inputs.month(input.period(), "period");
			checks.require(period != null, "period", "is required: the month flagged, as YYYY-MM");
			// a month that has not begun has no figures, so nobody falls short in it: say so, not that they meet
			// every standard there
			YearMonth current = team.thisMonth(clock);
			checks.require(period == null || !period.isAfter(current), "period", "has not begun: flags are judged "
					+ "on a month's figures, so the latest month with any is this one, " + current + " in team "
					+ team.name() + "'s time zone");
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> checks.require(false, p.field(), p.message()));
		}
		String outcome = input.outcome();
		checks.requireText(outcome, "outcome", MAX_OUTCOME);
		String problem = outcome == null ? null : Inputs.textProblem(outcome);
		checks.require(problem == null, "outcome", problem == null ? "" : problem);
		checks.throwIfAny();
		RepId rep = new RepId(input.repId());
		if (people.members(teamId).stream().map(Rep::id).noneMatch(rep::equals)) {
			throw InvalidInputException.of("repId", "is not a rep of team " + team.name() + ": " + rep);
		}
		YearMonth month = period;
		List<Flag> flags = flags(teamId, month).flags().stream().filter(f -> f.repId().equals(rep)).toList();
		if (flags.isEmpty()) {
			throw InvalidInputException.of("repId", "is not flagged in " + month + ": rep " + rep
					+ " meets every standard of team " + team.name() + " there, so there is no shortfall to record a "
					+ "conversation about");
		}
		String flaggedFrom = flags.stream().map(Flag::flaggedFrom).min(String::compareTo).orElseThrow();
		return store.record(teamId, rep, month, flaggedFrom, outcome.strip(), actor, clock.instant());
	}
}

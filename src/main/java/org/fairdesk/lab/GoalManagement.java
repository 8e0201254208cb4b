package org.fairdesk.lab;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Period;
import org.fairdesk.work.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's behaviour goals: the default set, a manager's thresholds and switches, and their status on a month's
 * live data, read from metrics and routing (docs/lab.md). Nothing here is a pay input.
 */
@Service
public class GoalManagement {

	/** How many of a month's last business days the month-end indicator looks at. */
	static final int MONTH_END_DAYS = 3;

	/** What {@code lab_goals.threshold} keeps. */
	static final int THRESHOLD_DECIMALS = 4;

	private final GoalStore store;
	private final PeopleManagement people;
	private final MetricsManagement metrics;
	private final RoutingAdministration routing;
	private final Clock clock;

	GoalManagement(GoalStore store, PeopleManagement people, MetricsManagement metrics, RoutingAdministration routing,
			Clock clock) {
		this.store = store;
		this.people = people;
		this.metrics = metrics;
		this.routing = routing;
		this.clock = clock;
	}

	/** The default set: every behaviour, enabled, with its default indicator and threshold. */
	public static List<Goal> defaults() {
		return Arrays.stream(Behaviour.values()).map(Behaviour::byDefault).toList();
	}

	/** The team's goals, one per behaviour: what was stored, the default for the rest. */
	@Transactional(readOnly = true)
	public List<Goal> goals(TeamId team) {
		people.team(team);
		Map<Behaviour, Goal> goals = new EnumMap<>(Behaviour.class);
		defaults().forEach(g -> goals.put(g.behaviour(), g));
		store.of(team).forEach(g -> goals.put(g.behaviour(), g));
		return List.copyOf(goals.values());
	}

	/**
	 * Sets the listed behaviours' goals (the others keep theirs). Every problem is reported at once, by its place in
	 * the list ({@code goals[2].threshold}); nothing is stored unless all are valid.
	 */
	@Transactional
	public List<Goal> replace(TeamId team, @Nullable List<GoalInput> inputs) {
		people.team(team);
		if (inputs == null) {
			throw InvalidInputException.of("goals", "is required");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Map<Behaviour, Goal> goals = new EnumMap<>(Behaviour.class);
		goals(team).forEach(g -> goals.put(g.behaviour(), g));
		Map<Behaviour, Integer> seen = new HashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			String at = "goals[" + i + "].";
			GoalInput input = inputs.get(i);
			Behaviour behaviour = named(Behaviour.class, input.behaviour(), at + "behaviour", problems);
			Indicator indicator = named(Indicator.class, input.indicator(), at + "indicator", problems);
			BigDecimal threshold = input.threshold();
			if (threshold == null) {
				problems.add(new FieldProblem(at + "threshold", "is required"));
			}
			else if (indicator != null && !indicator.allows(threshold)) {
				problems.add(new FieldProblem(at + "threshold", "must be between " + indicator.lowest() + " and "
						+ indicator.highest() + " for " + indicator + ", got " + threshold.toPlainString()));
			}
			else if (plain(threshold).scale() > THRESHOLD_DECIMALS) {
				// the column keeps 4 decimals: a fifth would be rounded away without a word
				problems.add(new FieldProblem(at + "threshold", "must have at most " + THRESHOLD_DECIMALS
						+ " decimals, got " + threshold.toPlainString()));
			}
			if (behaviour != null && seen.putIfAbsent(behaviour, i) != null) {
				problems.add(new FieldProblem(at + "behaviour", behaviour + " is listed twice"));
			}
			if (behaviour != null && indicator != null && threshold != null) {
				goals.put(behaviour, new Goal(behaviour, indicator, plain(threshold),
						input.enabled() == null || input.enabled()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.replace(team, List.copyOf(goals.values()));
		return goals(team);
	}

	/** Stores the default set for a team that has none stored (the demo's seeding). */
	@Transactional
	public List<Goal> seedDefaults(TeamId team) {
		people.team(team);
		if (store.of(team).isEmpty()) {
			store.replace(team, defaults());
		}
		return goals(team);
	}

	/** Each enabled goal judged on a month of the team's zone, for the team and every rep. */
	@Transactional(readOnly = true)
	public GoalsStatus status(TeamId teamId, YearMonth month) {
		Team team = people.team(teamId);
		LocalDate today = team.today(clock);
		boolean over = !today.isBefore(month.plusMonths(1).atDay(1));
		TeamMetrics figures = metrics.team(team, Period.month(month));
		TeamMetrics previous = metrics.team(team, Period.month(month.minusMonths(1)));
		Map<RepId, Long> monthEnd = new HashMap<>();
		long teamMonthEnd = 0;
		if (over) {
			BusinessCalendar calendar = BusinessCalendar.standard(team.zone());
			for (LocalDate day : IndicatorArithmetic.lastBusinessDays(month, MONTH_END_DAYS, calendar::isBusinessDay)) {
				TeamMetrics closes = metrics.team(team, Period.parse(day.toString(), today));
				teamMonthEnd += closes.team().outcomes().closed();
				closes.reps().forEach(r -> monthEnd.merge(r.repId(), r.figures().outcomes().closed(), Long::sum));
			}
		}
		MonthFigures f = new MonthFigures(teamId, month.toString(), over, figures, previous,
				routing.fairness(teamId, month), routing.assignmentFigures(teamId, month), monthEnd, teamMonthEnd,
				metrics.assistDecisions(team, Period.month(month)));
		return GoalsEvaluation.evaluate(goals(teamId), f);
	}

	/** A threshold as a manager would write it: 0.6, not 0.6000 or 6E-1. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String name, String field,
			List<FieldProblem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		try {
			return Enum.valueOf(type, name.trim());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(field, "unknown: " + name + "; one of " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}
}

package org.fairdesk.lab;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.IncentiveManagement.RecordedMonth;
import org.fairdesk.incentives.PlanHistory;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backtests plans on a team's recorded months (docs/lab.md, Backtests): reads each month as the incentives module
 * recorded it and hands everything to the pure {@link Backtest}. Reads only: a backtest is never stored.
 */
@Service
public class BacktestManagement {

	/** At most this many months in one backtest. */
	public static final int MAX_MONTHS = 24;

	/** At most this many plans in one backtest. */
	public static final int MAX_PLANS = 6;

	private static final int MAX_NAME = 200;

	private final IncentiveManagement incentives;
	private final PeopleManagement people;
	private final Clock clock;

	BacktestManagement(IncentiveManagement incentives, PeopleManagement people, Clock clock) {
		this.incentives = incentives;
		this.people = people;
		this.clock = clock;
	}

	/** Checks the whole request first, naming every bad field (a 400, nothing read), then runs it. */
	@Transactional(readOnly = true)
	public BacktestResult run(BacktestRequest request) {
		if (request.teamId() == null) {
			throw InvalidInputException.of("teamId", "is required: a team's id");
		}
		Team team = people.team(new TeamId(request.teamId()));
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth from = month(request.from(), "from", problems);
		YearMonth to = month(request.to(), "to", problems);
		YearMonth thisMonth = team.thisMonth(clock);
		if (from != null && to != null) {
			long months = ChronoUnit.MONTHS.between(from, to) + 1;
			if (from.isAfter(to)) {
				problems.add(new FieldProblem("from", "must not be after to (" + to + "), got " + from));
			}
			else if (months > MAX_MONTHS) {
				problems.add(new FieldProblem("to", "makes " + months + " months: a backtest covers at most "
						+ MAX_MONTHS + "; choose a `to` up to " + from.plusMonths(MAX_MONTHS - 1)));
			}
		}
		if (to != null && to.isAfter(thisMonth)) {
			problems.add(new FieldProblem("to", "is in the future: team " + team.name() + "'s current month is "
					+ thisMonth + ", the last one with facts"));
		}
		List<Backtest.Plan> plans = plans(team, request.plans(), problems);
		Integer against = against(request.against(), request.plans() == null ? 0 : request.plans().size(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<RecordedMonth> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(incentives.recorded(team.id(), month));
		}
		return Backtest.run(team.id().value(), team.name(), team.currency(), plans, months, against);
	}

	private static @Nullable YearMonth month(@Nullable String value, String field, List<FieldProblem> problems) {
		try {
			YearMonth month = Inputs.month(value, field);
			if (month == null) {
				problems.add(new FieldProblem(field, "is required: a month as YYYY-MM"));
			}
			return month;
		}
		catch (InvalidInputException refused) {
			problems.addAll(refused.problems());
			return null;
		}
	}

	private List<Backtest.Plan> plans(Team team, @Nullable List<BacktestRequest.PlanChoice> choices,
			List<FieldProblem> problems) {
		if (choices == null || choices.isEmpty() || choices.size() > MAX_PLANS) {
			problems.add(new FieldProblem("plans", "must list 1 to " + MAX_PLANS + " plans"
					+ (choices == null ? "" : ", got " + choices.size())));
			return List.of();
		}
		List<Backtest.Plan> plans = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			plan(team, choices.get(i), "plans[" + i + "]", problems).ifPresent(plans::add);
		}
		return plans;
	}

	private Optional<Backtest.Plan> plan(Team team, BacktestRequest.@Nullable PlanChoice choice, String field,
			List<FieldProblem> problems) {
		if (choice == null) {
			problems.add(new FieldProblem(field, "is required: {document} or {planName, version}"));
			return Optional.empty();
		}
		String name = choice.name() == null || choice.name().isBlank() ? null : choice.name().strip();
		if (name != null && (name.length() > MAX_NAME || Inputs.textProblem(name) != null)) {
			problems.add(new FieldProblem(field + ".name", name.length() > MAX_NAME
					? "must be at most " + MAX_NAME + " characters" : Inputs.textProblem(name)));
			return Optional.empty();
		}
		boolean document = choice.document() != null && !choice.document().isBlank();
		boolean version = choice.planName() != null || choice.version() != null;
		if (document == version) {
			problems.add(new FieldProblem(field, document ? "gives both a document and a version: choose one"
					: "is required: a YAML plan document, or a published version as planName and version"));
			return Optional.empty();
		}
		if (document) {
			try {
				PlanVersion draft = incentives.draft(team.id(), choice.document().replace("\r\n", "\n"));
				return Optional.of(new Backtest.Plan(name != null ? name : draft.name(), null, draft));
			}
			catch (InvalidInputException refused) {
				refused.problems().forEach(p -> problems.add(new FieldProblem(field + "." + p.field(), p.message(),
						p.line())));
				return Optional.empty();
			}
		}
		if (choice.planName() == null || choice.planName().isBlank()) {
			problems.add(new FieldProblem(field + ".planName", "is required with a version: the plan's name"));
			return Optional.empty();
		}
		if (choice.version() == null) {
			problems.add(new FieldProblem(field + ".version", "is required with a planName: a version's number"));
			return Optional.empty();
		}
		Optional<PlanVersion> published = incentives.version(team.id(), choice.planName(), choice.version());
		if (published.isEmpty()) {
			// an unknown plan is the name's fault; a known plan without that version, the number's
			List<Integer> versions = incentives.plans(team.id()).versions().stream()
				.filter(v -> v.name().equals(choice.planName()))
				.map(PlanHistory.Entry::version)
				.sorted()
				.toList();
			if (versions.isEmpty()) {
				problems.add(new FieldProblem(field + ".planName", "is not a published plan: team " + team.name()
						+ " has no plan named " + Inputs.shortened(choice.planName())));
			}
			else {
				problems.add(new FieldProblem(field + ".version", "is not a published version: team " + team.name()
						+ " has no version " + choice.version() + " of plan " + Inputs.shortened(choice.planName())
						+ ", only " + versions));
			}
			return Optional.empty();
		}
		PlanVersion plan = published.get();
		return Optional.of(new Backtest.Plan(name != null ? name : plan.name() + " v" + plan.version(),
				plan.version(), plan));
	}

	private static @Nullable Integer against(@Nullable Object against, int plans, List<FieldProblem> problems) {
		if (against == null || against.toString().strip().toUpperCase(Locale.ROOT).equals(Backtest.PAID)) {
			return null;
		}
		String text = against.toString().strip();
		if (text.matches("\\d{1,2}") && Integer.parseInt(text) < Math.max(plans, 1)) {
			return Integer.parseInt(text);
		}
		problems.add(new FieldProblem("against", "must be \"PAID\" or the index of one of the plans, 0 to "
				+ (Math.max(plans, 1) - 1) + ", got " + Inputs.shortened(text)));
		return null;
	}
}

package org.fairdesk.lab.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import org.fairdesk.incentives.PlanDrafts;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.lab.simulation.Scenario.Arrivals;
import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.lab.simulation.Scenario.RepProfile;
import org.fairdesk.lab.simulation.ScenarioDocument.ArrivalsDocument;
import org.fairdesk.lab.simulation.ScenarioDocument.BehaviourDocument;
import org.fairdesk.lab.simulation.ScenarioDocument.PlanSource;
import org.fairdesk.lab.simulation.ScenarioDocument.RepDocument;
import org.fairdesk.lab.simulation.ScenarioDocument.TeamDocument;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.ReadingProblems;
import org.fairdesk.shared.StrictReading;
import org.fairdesk.shared.UnknownMembers;
import org.fairdesk.shared.YamlSyntax;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario from YAML and checks it like a plan: every problem is named by its path ({@code reps[2].skill})
 * and why, as one {@link InvalidInputException} (a 400 on the API). Ranges and defaults are docs/lab.md's.
 */
public final class Scenarios {

	static final int MAX_LENGTH = 200_000;

	private static final YAMLMapper YAML = StrictReading.strict(YAMLMapper.builder()).build();

	private Scenarios() {
	}

	public static Scenario read(@Nullable String yaml) {
		if (yaml == null || yaml.isBlank()) {
			throw InvalidInputException.of("scenario", "is required: a YAML scenario");
		}
		if (yaml.length() > MAX_LENGTH) {
			throw InvalidInputException.of("scenario", "must be at most " + MAX_LENGTH + " characters");
		}
		YamlSyntax.problem(yaml, "scenario").ifPresent(notYaml -> {
			throw new InvalidInputException(List.of(notYaml));
		});
		// a key the scenario does not take is noted and read past, so that it is named with every other problem
		UnknownMembers unknown = new UnknownMembers(null);
		ScenarioDocument document;
		try {
			document = unknown.read(YAML.readerFor(ScenarioDocument.class), yaml);
		}
		catch (JacksonException e) {
			throw unknown.with(List.of(ReadingProblems.of(e, "scenario", null, "YAML")));
		}
		if (document == null) {
			throw InvalidInputException.of("scenario", "is empty");
		}
		Scenario scenario;
		try {
			scenario = new Scenarios.Checks().scenario(document);
		}
		catch (InvalidInputException e) {
			throw unknown.with(e.problems());
		}
		unknown.throwIfAny();
		return scenario;
	}

	/**
	 * The most a run may simulate, in requests ({@link Size#work()}): 3,000,000,000, so that the largest run accepted
	 * takes about 10 minutes on a 2-core machine. Derived from the measured speed (BENCHMARKS.md, "Lab simulation
	 * throughput"; docs/lab.md, Limits): about 5,000,000 simulated requests a second per core, the calculator
	 * included (5.4 M measured for a 20-rep team). The web app runs a lab run on every core but one, so on one
	 * thread on a 2-core machine: 600 s x 5,000,000 a second = 3,000,000,000 (the command line's two threads take
	 * about half as long). The size counts the best responses at their round limit and every candidate choice
	 * unremembered, so most runs take less: the preset comparison (16 cells x 100 replications x 12 months x 20
	 * reps) counts 487,000,000, about 97 s of one core, and was measured at 23.7 s on 2 threads (47 s of core time).
	 * A busy host takes two to three times longer.
	 */
	public static final long MAX_WORK = 3_000_000_000L;

	/** The calculator's cost of a rep's month, in requests: 0.12 ms for a 20-rep month at 5 M requests a second. */
	static final int PAY_PER_REP = 30;

	/** Weeks in a month, on average over the calendar. */
	private static final double WEEKS_A_MONTH = 365.25 / 7 / 12;

	/**
	 * How much a run simulates at most: for each plan x policy ({@code cells}), its replications' months and its best
	 * responses' training months at the round limit (every rep weighing each effort level and behaviour on every
	 * training month), each month of {@code requestsPerMonth} requests on average plus its reps' pay.
	 */
	public record Size(int cells, int reps, double requestsPerMonth, long replicationMonths, long trainingMonths,
			String training) {

		/** The months simulated at most, every cell's. */
		public long months() {
			return cells * (replicationMonths + trainingMonths);
		}

		/**
		 * The work, in simulated requests: the months' requests, and each rep's monthly pay counted as
		 * {@link Scenarios#PAY_PER_REP} requests (the calculator's cost, so that a scenario without arrivals is not free).
		 */
		public double work() {
			return months() * (requestsPerMonth + (double) PAY_PER_REP * reps);
		}

		String explained() {
			return "about " + thousands(Math.round(work())) + " simulated requests: " + cells
					+ " plan x policy cells x (" + training + ") = " + thousands(months())
					+ " months, each of about " + thousands(Math.round(requestsPerMonth)) + " requests and " + reps
					+ " reps' pay";
		}
	}

	/** A checked scenario's size: what {@link #MAX_WORK} limits. */
	public static Size size(Scenario scenario) {
		int cells = scenario.plans().size() * scenario.policies().size();
		int reps = scenario.reps().size();
		Arrivals a = scenario.arrivals();
		double weekdays = a.weekdays().stream().mapToDouble(Double::doubleValue).sum();
		double requests = reps * (a.ordersPerRepPerDay() + a.quotesPerRepPerDay() + a.queriesPerRepPerDay())
				* weekdays * WEEKS_A_MONTH;
		long replicationMonths = (long) scenario.months() * scenario.replications();
		Behaviour b = scenario.behaviour();
		int choices = b.effortLevels().size() + Choice.BEHAVIOURS;
		long trainingMonths = b.respond() ? (long) b.maxRounds() * reps * choices * b.trainingMonths() : 0;
		String training = scenario.months() + " months x " + thousands(scenario.replications()) + " replications"
				+ (b.respond() ? " + up to " + b.maxRounds() + " rounds x " + reps + " reps x " + choices
						+ " choices x " + b.trainingMonths() + " training months" : "");
		return new Size(cells, reps, requests, replicationMonths, trainingMonths, training);
	}

	private static String thousands(long value) {
		return String.format(java.util.Locale.ROOT, "%,d", value);
	}

	/** A preset plan's document, by its key (its file name under plans/presets without .yaml). */
	static @Nullable String preset(String key) {
		if (!key.matches("[a-z0-9-]{1,80}")) {
			return null;
		}
		try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream("plans/presets/" + key + ".yaml")) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Collects every problem before refusing, as plan checks do. */
	private static final class Checks {

		private final List<FieldProblem> problems = new ArrayList<>();

		Scenario scenario(ScenarioDocument d) {
			int months = whole(d.months(), "months", 3, 1, 60);
			int replications = whole(d.replications(), "replications", 20, 1, 1000);
			long seed = d.seed() == null ? 1L : d.seed();
			Currency currency = currency(d.currency());
			YearMonth start = start(d.start());
			List<Policy> policies = policies(d.policies());
			List<RepProfile> reps = reps(d.reps(), d.team(), seed);
			Arrivals arrivals = arrivals(d.arrivals() == null
					? new ArrivalsDocument(null, null, null, null, null, null, null, null, null, null) : d.arrivals());
			Behaviour behaviour = behaviour(d.behaviour() == null ? new BehaviourDocument(null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null) : d.behaviour());
			List<PlanVersion> plans = currency == null ? List.of() : plans(d.plans(), currency);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			Scenario scenario = new Scenario(reps, policies, Boolean.TRUE.equals(d.skipsAllowed()), plans, arrivals,
					behaviour, months, replications, seed, currency, start);
			// its size once every figure is right: a figure refused above would be counted at its default
			notTooLarge(scenario, d.reps() != null ? "reps" : "team.size");
			return scenario;
		}

		/**
		 * Refuses a run larger than {@link #MAX_WORK}, naming the figures that make it large: those above their
		 * defaults, and the plans and policies when there are several of each.
		 */
		private void notTooLarge(Scenario scenario, String teamField) {
			Size size = size(scenario);
			if (size.work() <= MAX_WORK) {
				return;
			}
			Arrivals a = scenario.arrivals();
			Behaviour b = scenario.behaviour();
			List<String> fields = new ArrayList<>();
			if (scenario.plans().size() > 1) {
				fields.add("plans");
			}
			if (scenario.policies().size() > 1) {
				fields.add("policies");
			}
			above(fields, "months", scenario.months(), 3);
			above(fields, "replications", scenario.replications(), 20);
			above(fields, teamField, scenario.reps().size(), 8);
			above(fields, "arrivals.ordersPerRepPerDay", a.ordersPerRepPerDay(), 3);
			above(fields, "arrivals.quotesPerRepPerDay", a.quotesPerRepPerDay(), 0.5);
			above(fields, "arrivals.queriesPerRepPerDay", a.queriesPerRepPerDay(), 3);
			above(fields, "arrivals.weekdays", a.weekdays().stream().mapToDouble(Double::doubleValue).sum(), 5);
			if (b.respond()) {
				above(fields, "behaviour.maxRounds", b.maxRounds(), 8);
				above(fields, "behaviour.trainingMonths", b.trainingMonths(), 4);
				above(fields, "behaviour.effortLevels", b.effortLevels().size(), 6);
			}
			if (fields.isEmpty()) {
				fields.add("scenario");
			}
			String message = "makes the run too large: " + size.explained() + "; a run may simulate at most "
					+ thousands(MAX_WORK) + " (about 10 minutes on one core), so lower the figures named";
			fields.forEach(field -> problems.add(new FieldProblem(field, message)));
			throw new InvalidInputException(problems);
		}

		private static void above(List<String> fields, String field, double value, double usual) {
			if (value > usual) {
				fields.add(field);
			}
		}

		private @Nullable Currency currency(@Nullable String code) {
			if (code == null) {
				return Currency.getInstance("EUR");
			}
			try {
				return Currency.getInstance(code);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as EUR, got '" + code + "'"));
				return null;
			}
		}

		private YearMonth start(@Nullable String start) {
			if (start == null) {
				return YearMonth.of(2027, 1);
			}
			try {
				return YearMonth.parse(start);
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem("start", "must be a month such as 2027-01, got '" + start + "'"));
				return YearMonth.of(2027, 1);
			}
		}

		private List<Policy> policies(@Nullable List<String> given) {
			if (given == null || given.isEmpty()) {
				problems.add(new FieldProblem("policies", "must name at least one routing policy: "
						+ Arrays.toString(Policy.values())));
				return List.of();
			}
			List<Policy> policies = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				String name = given.get(i);
				try {
					Policy policy = Policy.valueOf(String.valueOf(name).strip().toUpperCase(java.util.Locale.ROOT));
					if (policies.contains(policy)) {
						problems.add(new FieldProblem("policies[" + i + "]", "names " + policy + " twice"));
					}
					policies.add(policy);
				}
				catch (IllegalArgumentException e) {
					problems.add(new FieldProblem("policies[" + i + "]", "is not a routing policy: '" + name
							+ "'; one of " + Arrays.toString(Policy.values())));
				}
			}
			return policies;
		}

		private List<PlanVersion> plans(@Nullable List<PlanSource> given, Currency currency) {
			if (given == null || given.isEmpty()) {
				problems.add(new FieldProblem("plans", "must name at least one plan: a preset or an inline yaml"));
				return List.of();
			}
			if (given.size() > 20) {
				problems.add(new FieldProblem("plans", "must name at most 20 plans"));
				return List.of();
			}
			List<PlanVersion> plans = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				String path = "plans[" + i + "]";
				PlanSource source = given.get(i);
				if (source == null || (source.preset() == null) == (source.yaml() == null)) {
					problems.add(new FieldProblem(path, "must give either preset (a preset's key) or yaml (a plan)"));
					continue;
				}
				String yaml = source.yaml();
				if (source.preset() != null) {
					yaml = preset(source.preset());
					if (yaml == null) {
						problems.add(new FieldProblem(path + ".preset", "is not a plan preset: '" + source.preset()
								+ "' (see plans/presets: commission, pool-split-equally, team-first-hybrid, ...)"));
						continue;
					}
				}
				try {
					plans.add(PlanDrafts.read(yaml, currency));
				}
				catch (InvalidInputException e) {
					e.problems().forEach(p -> problems.add(new FieldProblem(path + "." + p.field(), p.message())));
				}
			}
			return plans;
		}

		private List<RepProfile> reps(@Nullable List<RepDocument> given, @Nullable TeamDocument team, long seed) {
			if (given != null && team != null) {
				problems.add(new FieldProblem("team", "give either reps (each rep) or team (drawn at random), not both"));
				// both are still checked, so that every other problem of either is named in the same answer
				givenReps(given);
				drawnTeam(team, seed);
				return List.of();
			}
			if (given != null) {
				return givenReps(given);
			}
			return drawnTeam(team == null ? new TeamDocument(null, null, null, null, null, null, null, null, null) : team,
					seed);
		}

		private List<RepProfile> givenReps(List<RepDocument> given) {
			if (given.isEmpty() || given.size() > 200) {
				problems.add(new FieldProblem("reps", "must list between 1 and 200 reps, got " + given.size()));
				return List.of();
			}
			List<RepProfile> reps = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				RepDocument r = given.get(i);
				String p = "reps[" + i + "].";
				if (r == null) {
					problems.add(new FieldProblem("reps[" + i + "]", "is empty"));
					continue;
				}
				reps.add(new RepProfile(number(r.skill(), p + "skill", 1, 0.1, 3),
						number(r.speed(), p + "speed", 1, 0.1, 3), number(r.quality(), p + "quality", 1, 0.1, 3),
						whole(r.capacity(), p + "capacity", 6, 1, 100), number(r.hours(), p + "hours", 40, 1, 60),
						number(r.riskAversion(), p + "riskAversion", 0.0005, 0, 0.1),
						number(r.gamingAversion(), p + "gamingAversion", 200, 0, 100_000),
						whole(r.tenureMonths(), p + "tenureMonths", 24, 0, 600)));
			}
			return reps;
		}

		private List<RepProfile> drawnTeam(TeamDocument t, long seed) {
			int size = whole(t.size(), "team.size", 8, 1, 200);
			double[] skill = range(t.skill(), "team.skill", 0.8, 1.2, 0.1, 3);
			double[] speed = range(t.speed(), "team.speed", 0.8, 1.2, 0.1, 3);
			double[] quality = range(t.quality(), "team.quality", 0.8, 1.2, 0.1, 3);
			double[] capacity = range(t.capacity(), "team.capacity", 6, 6, 1, 100);
			double[] hours = range(t.hours(), "team.hours", 40, 40, 1, 60);
			double[] risk = range(t.riskAversion(), "team.riskAversion", 0, 0.001, 0, 0.1);
			double[] gaming = range(t.gamingAversion(), "team.gamingAversion", 50, 400, 0, 100_000);
			double[] tenure = range(t.tenureMonths(), "team.tenureMonths", 6, 48, 0, 600);
			// The team is drawn once per scenario from its seed: every plan and policy is compared on the same people.
			SplittableRandom random = new SplittableRandom(seed ^ 0x5EA7_7EA4_0000_0001L);
			List<RepProfile> reps = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				reps.add(new RepProfile(draw(random, skill), draw(random, speed), draw(random, quality),
						(int) Math.round(draw(random, capacity)), draw(random, hours), draw(random, risk),
						draw(random, gaming), (int) Math.round(draw(random, tenure))));
			}
			return reps;
		}

		private static double draw(SplittableRandom random, double[] range) {
			double u = random.nextDouble();
			return range[0] + u * (range[1] - range[0]);
		}

		private Arrivals arrivals(ArrivalsDocument a) {
			List<Double> weekdays = a.weekdays() == null ? List.of(1.2, 1.1, 1.0, 0.9, 0.8) : a.weekdays();
			if (weekdays.size() != 5) {
				problems.add(new FieldProblem("arrivals.weekdays", "must give 5 weights, Monday to Friday"));
			}
			weekdays = numbers(weekdays, "arrivals.weekdays", 0, 10);
			return new Arrivals(number(a.ordersPerRepPerDay(), "arrivals.ordersPerRepPerDay", 3, 0, 100),
					number(a.quotesPerRepPerDay(), "arrivals.quotesPerRepPerDay", 0.5, 0, 100),
					number(a.queriesPerRepPerDay(), "arrivals.queriesPerRepPerDay", 3, 0, 100), weekdays,
					number(a.orderMean(), "arrivals.orderMean", 500, 1, 1_000_000),
					number(a.orderSigma(), "arrivals.orderSigma", 0.8, 0, 3),
					number(a.quoteMean(), "arrivals.quoteMean", 3000, 1, 1_000_000),
					number(a.quoteSigma(), "arrivals.quoteSigma", 0.7, 0, 3),
					number(a.marginRate(), "arrivals.marginRate", 0.3, 0, 1),
					number(a.largeValue(), "arrivals.largeValue", 1000, 1, 10_000_000));
		}

		private Behaviour behaviour(BehaviourDocument b) {
			List<Double> levels = b.effortLevels() == null ? List.of(0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
					: b.effortLevels();
			if (levels.isEmpty() || levels.size() > 12) {
				problems.add(new FieldProblem("behaviour.effortLevels", "must give between 1 and 12 levels"));
			}
			levels = numbers(levels, "behaviour.effortLevels", 0.1, 3);
			String p = "behaviour.";
			return new Behaviour(levels, number(b.effortCost(), p + "effortCost", 40, 0, 1_000_000),
					number(b.rushSpeedup(), p + "rushSpeedup", 0.4, 0, 0.9),
					number(b.rushCsat(), p + "rushCsat", 1.0, 0, 4), number(b.rushReopen(), p + "rushReopen", 0.15, 0, 1),
					number(b.overTakeExtra(), p + "overTakeExtra", 1.0, 0, 5),
					number(b.overloadPenalty(), p + "overloadPenalty", 0.3, 0, 1),
					number(b.assistRate(), p + "assistRate", 0.1, 0, 1),
					number(b.assistHours(), p + "assistHours", 0.3, 0, 8),
					number(b.assistLift(), p + "assistLift", 0.15, 0, 1),
					number(b.undermineHarm(), p + "undermineHarm", 0.15, 0, 1),
					number(b.undermineHours(), p + "undermineHours", 4, 0, 80),
					number(b.shiftShare(), p + "shiftShare", 0.3, 0, 1),
					number(b.pickDelayHours(), p + "pickDelayHours", 4, 0, 80),
					number(b.skipDelayHours(), p + "skipDelayHours", 2, 0, 80),
					number(b.quoteDecayPerDay(), p + "quoteDecayPerDay", 0.05, 0, 1),
					number(b.surveyRate(), p + "surveyRate", 0.3, 0, 1), number(b.slaHours(), p + "slaHours", 24, 1, 1000),
					whole(b.trainingMonths(), p + "trainingMonths", 4, 1, 24),
					whole(b.maxRounds(), p + "maxRounds", 8, 1, 50), b.respond() == null || b.respond());
		}

		private double number(@Nullable Double value, String path, double fallback, double min, double max) {
			if (value == null) {
				return fallback;
			}
			if (value.isNaN() || value < min || value > max) {
				problems.add(new FieldProblem(path, (value < 0 && min >= 0 ? "must not be negative" : "is out of range")
						+ ": must be between " + plain(min) + " and " + plain(max) + ", got " + plain(value)));
				return fallback;
			}
			return value;
		}

		/** Each of a list's numbers checked; a missing or wrong one is named and read as 1. */
		private List<Double> numbers(List<Double> given, String path, double min, double max) {
			List<Double> checked = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				Double value = given.get(i);
				if (value == null) {
					problems.add(new FieldProblem(path + "[" + i + "]", "must be a number"));
				}
				checked.add(number(value, path + "[" + i + "]", 1, min, max));
			}
			return checked;
		}

		private int whole(@Nullable Integer value, String path, int fallback, int min, int max) {
			if (value == null) {
				return fallback;
			}
			if (value < min || value > max) {
				problems.add(new FieldProblem(path, "is out of range: must be between " + min + " and " + max
						+ ", got " + value));
				return fallback;
			}
			return value;
		}

		private double[] range(@Nullable List<Double> given, String path, double low, double high, double min,
				double max) {
			if (given == null) {
				return new double[] { low, high };
			}
			if (given.size() != 2 || given.get(0) == null || given.get(1) == null) {
				problems.add(new FieldProblem(path, "must be a range [low, high]"));
				return new double[] { low, high };
			}
			double a = number(given.get(0), path + "[0]", low, min, max);
			double b = number(given.get(1), path + "[1]", high, min, max);
			if (a > b) {
				problems.add(new FieldProblem(path, "must have low <= high"));
			}
			return new double[] { a, b };
		}

		private static String plain(double value) {
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
					: Double.toString(value);
		}
	}
}

package org.fairdesk.bench;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fairdesk.lab.simulation.LabBenchAccess;
import org.fairdesk.lab.simulation.Progress;
import org.fairdesk.lab.simulation.Scenario;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.lab.simulation.Scenario.RepProfile;
import org.fairdesk.lab.simulation.Scenarios;
import org.fairdesk.lab.simulation.Simulation;
import org.fairdesk.lab.simulation.SimulationResult;

/**
 * The lab's speed bench (issue 16: "simulated requests per second per core, at least 5,000,000 for a 20-rep team; the
 * preset comparison, at least 12 scenarios x 100 replications x 12 months x 20 reps, in under 60 s"; {@code
 * bench/lab.sh} runs it). No Spring context: the simulation runs without one ({@code java -jar fairdesk.jar lab run}).
 * <p>
 * <b>Throughput</b>, one thread: a scenario of {@code team-size} reps (drawn as the lab draws them) under {@code policy}
 * and {@code plan}, every rep at effort 1 with no behaviour (the responses held fixed, as in a replication). A round
 * simulates {@code round-months} months in a row through the engine (LabBenchAccess: arrivals drawn, the month
 * routed and worked, the month paid by the real calculator), each step timed apart. A simulated request is one
 * arrival the month drew (an ORDER, QUOTE or QUERY) that was routed to a rep and worked to its outcome; shifted
 * orders carried into the next month are not counted again. Rates: requests / (draw + work + pay) with the
 * calculator, requests / (draw + work) without. Each round is followed by a round of the bare loop on the same
 * number of months.
 * <p>
 * <b>Baseline</b>, the bare loop: the same arrival-and-choice model and nothing else: Poisson counts per kind and
 * working day (rate per rep x team size x the weekday's weight, the real calendar), arrival times uniform over the
 * day and taken in time order, lognormal values for orders and quotes, and the routing choice of the policy on the
 * reps' open work (each rep's backlog grows by the kind's mean hours); no behaviours, no outcomes, no tallies, no
 * facts, no pay.
 * <p>
 * <b>Preset comparison</b>, all threads: one scenario of {@code plans} x {@code policies} (16 cells by default) x
 * {@code replications} x {@code months} x {@code team-size} reps, run by {@code Simulation.run} as the lab runs it
 * (best responses on the training months first, then the replications), wall-clock; cancelled after {@code cap}
 * seconds (the months done by then are reported).
 * <p>
 * Arguments, key=value: rounds (20), warmup (20: the JIT brings the engine and the calculator to their steady
 * rate only after some 15 rounds of 60 months), round-months (60), team-size (20), policy (SELF_ELECT), plan
 * (commission), replications (100), months (12), threads (the processors), plans
 * (commission,salesperson-of-the-month,revenue-pool-csat-handling,team-first-hybrid), policies
 * (SELF_ELECT,ROUND_ROBIN,RANDOM,VALUE_BALANCED), seed (42), cap (600 s), skip (nothing; "throughput" or "presets").
 */
public final class LabBench {

	static final double THROUGHPUT_TARGET = 5_000_000;

	static final double PRESETS_TARGET_S = 60;

	private LabBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = options(args);
		System.out.printf(Locale.ROOT, "lab bench: %s, JVM %s, %d processors%n", o, Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		List<String> out = new ArrayList<>();
		if (!o.get("skip").contains("throughput")) {
			out.addAll(throughput(o));
		}
		if (!o.get("skip").contains("presets")) {
			out.addAll(presets(o));
		}
		System.out.println();
		System.out.println("== summary ==");
		out.forEach(System.out::println);
	}

	private static String scenario(Map<String, String> o, String plans, String policies, int months,
			int replications) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("seed: ").append(o.get("seed")).append('\n');
		yaml.append("months: ").append(months).append('\n');
		yaml.append("replications: ").append(replications).append('\n');
		yaml.append("start: 2027-01\n");
		yaml.append("policies: [").append(policies).append("]\n");
		yaml.append("plans:\n");
		for (String plan : plans.split(",")) {
			yaml.append("  - preset: ").append(plan.strip()).append('\n');
		}
		yaml.append("team: {size: ").append(o.get("team-size")).append("}\n");
		return yaml.toString();
	}

	// ---- throughput and its baseline ----

	private static List<String> throughput(Map<String, String> o) {
		Scenario scenario = Scenarios.read(scenario(o, o.get("plan"), o.get("policy"), 12, 1));
		int rounds = integer(o, "rounds");
		int warmup = integer(o, "warmup");
		int months = integer(o, "round-months");
		LabBenchAccess engine = new LabBenchAccess(scenario, 0);
		Bare bare = new Bare(scenario, Long.parseLong(o.get("seed")));
		double[] withPay = new double[rounds];
		double[] noPay = new double[rounds];
		double[] base = new double[rounds];
		LabBenchAccess.Tally all = new LabBenchAccess.Tally();
		long bareRequests = 0;
		double sink = 0;
		System.out.printf(Locale.ROOT, "throughput: %d reps, %s, plan %s, %d warm-up rounds then %d timed, %d months"
				+ " a round ...%n", scenario.reps().size(), o.get("policy"), o.get("plan"), warmup, rounds, months);
		for (int round = 0; round < warmup + rounds; round++) {
			LabBenchAccess.Tally t = new LabBenchAccess.Tally();
			engine.months(months, true, t);
			long b0 = System.nanoTime();
			long requests = bare.months(months);
			long bareNanos = System.nanoTime() - b0;
			sink += t.sink + bare.sink;
			if (round >= warmup) {
				int r = round - warmup;
				withPay[r] = t.requests / ((t.drawNanos + t.workNanos + t.payNanos) / 1e9);
				noPay[r] = t.requests / ((t.drawNanos + t.workNanos) / 1e9);
				base[r] = requests / (bareNanos / 1e9);
				all.requests += t.requests;
				all.months += t.months;
				all.drawNanos += t.drawNanos;
				all.workNanos += t.workNanos;
				all.payNanos += t.payNanos;
				bareRequests += requests;
			}
			System.out.printf(Locale.ROOT, "  round %2d%s: %,.0f requests/s with pay, %,.0f without, bare loop %,.0f%n",
					round + 1, round < warmup ? " (warm-up)" : "", t.requests / ((t.drawNanos + t.workNanos
							+ t.payNanos) / 1e9), t.requests / ((t.drawNanos + t.workNanos) / 1e9),
					requests / (bareNanos / 1e9));
		}
		double total = all.drawNanos + all.workNanos + all.payNanos;
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "throughput, one thread, %d reps, %s, plan %s: %,d requests in %,d months"
				+ " (%.0f a month; bare loop %,d), %d rounds of %d months after %d warm-up", scenario.reps().size(),
				o.get("policy"), o.get("plan"), all.requests, all.months, (double) all.requests / all.months,
				bareRequests, rounds, months, warmup));
		lines.add(String.format(Locale.ROOT, "  engine with the calculator:    median %,.0f requests/s, p95 (slow end) %,.0f",
				median(withPay), low(withPay)));
		lines.add(String.format(Locale.ROOT, "  engine without the calculator: median %,.0f requests/s, p95 (slow end) %,.0f",
				median(noPay), low(noPay)));
		lines.add(String.format(Locale.ROOT, "  bare loop (baseline):          median %,.0f requests/s, p95 (slow end) %,.0f",
				median(base), low(base)));
		lines.add(String.format(Locale.ROOT, "  ratio engine / bare loop: %.3f with the calculator, %.3f without",
				median(withPay) / median(base), median(noPay) / median(base)));
		lines.add(String.format(Locale.ROOT, "  where the time goes: arrivals drawn %.1f %%, month routed and worked %.1f %%,"
				+ " facts and calculator %.1f %% (%.3f ms a month; the rest %.3f ms a month)", 100 * all.drawNanos / total,
				100 * all.workNanos / total, 100 * all.payNanos / total, all.payNanos / 1e6 / all.months,
				(all.drawNanos + all.workNanos) / 1e6 / all.months));
		lines.add(String.format(Locale.ROOT, "  target >= %,.0f requests/s per core (with the calculator): %s by %.1f x",
				THROUGHPUT_TARGET, median(withPay) >= THROUGHPUT_TARGET ? "MET" : "MISSED",
				median(withPay) >= THROUGHPUT_TARGET ? median(withPay) / THROUGHPUT_TARGET
						: THROUGHPUT_TARGET / median(withPay)));
		lines.add(String.format(Locale.ROOT, "  without the calculator: %s; the bare loop itself: %s",
				median(noPay) >= THROUGHPUT_TARGET ? "would be met" : "missed too",
				median(base) >= THROUGHPUT_TARGET ? "meets it" : "misses it"));
		lines.add("  (sink " + (sink == 42 ? "!" : ".") + ")");
		return lines;
	}

	/**
	 * The bare loop: the same arrival-and-choice model, nothing else. Per working day: Poisson counts per kind, the
	 * day's arrival times sorted, the kinds dealt over them in random order (the same joint distribution as drawing
	 * each kind's times and merging), a lognormal value for orders and quotes, the policy's choice of rep.
	 */
	static final class Bare {

		private final Scenario.Arrivals a;
		private final Policy policy;
		private final int n;
		private final double[] rate;
		private final double[] capacity;
		private final double[] hours;
		private final YearMonth start;
		private final SplittableRandom random;
		private final double[] kindHours = new double[3];
		private double[] times = new double[1024];
		double sink;

		Bare(Scenario scenario, long seed) {
			a = scenario.arrivals();
			policy = scenario.policies().get(0);
			n = scenario.reps().size();
			rate = new double[n];
			capacity = new double[n];
			hours = new double[n];
			for (int i = 0; i < n; i++) {
				RepProfile p = scenario.reps().get(i);
				rate[i] = p.hoursPerWeek() / 40;
				capacity[i] = p.capacity();
				hours[i] = p.hoursPerWeek();
			}
			for (int k = 0; k < 3; k++) {
				kindHours[k] = LabBenchAccess.baseHours(k);
			}
			start = scenario.start();
			random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		}

		/** Simulates the months; returns the requests drawn and routed. */
		long months(int months) {
			long requests = 0;
			double[] rates = { a.ordersPerRepPerDay(), a.quotesPerRepPerDay(), a.queriesPerRepPerDay() };
			double[] mu = { Math.log(a.orderMean()) - a.orderSigma() * a.orderSigma() / 2,
					Math.log(a.quoteMean()) - a.quoteSigma() * a.quoteSigma() / 2 };
			double[] sigma = { a.orderSigma(), a.quoteSigma() };
			double[] weight = new double[n];
			int[] counts = new int[3];
			for (int m = 0; m < months; m++) {
				YearMonth period = start.plusMonths(m % 12);
				double[] freeAt = new double[n];
				double[] assigned = new double[n];
				int pointer = 0;
				int working = 0;
				for (int d = 1; d <= period.lengthOfMonth(); d++) {
					DayOfWeek day = period.atDay(d).getDayOfWeek();
					if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
						continue;
					}
					double w = a.weekdays().get(day.getValue() - 1);
					int total = 0;
					for (int k = 0; k < 3; k++) {
						counts[k] = poisson(random, rates[k] * n * w);
						total += counts[k];
					}
					if (times.length < total) {
						times = new double[total * 2];
					}
					double dayStart = working++ * 8.0;
					for (int r = 0; r < total; r++) {
						times[r] = dayStart + random.nextDouble() * 8;
					}
					Arrays.sort(times, 0, total);
					int left = total;
					for (int r = 0; r < total; r++, left--) {
						double t = times[r];
						int u = (int) (random.nextDouble() * left);
						int kind = u < counts[0] ? 0 : u < counts[0] + counts[1] ? 1 : 2;
						counts[kind]--;
						double value = 0;
						if (kind != 2) {
							value = Math.exp(mu[kind] + sigma[kind] * random.nextGaussian());
						}
						int i = choose(t, kind, value, random.nextDouble(), freeAt, assigned, weight, pointer);
						pointer = (i + 1) % n;
						assigned[i] += value;
						freeAt[i] = Math.max(t, freeAt[i]) + kindHours[kind] / rate[i];
					}
					requests += total;
				}
				sink += freeAt[0];
			}
			return requests;
		}

		private int choose(double t, int kind, double value, double u, double[] freeAt, double[] assigned,
				double[] weight, int pointer) {
			switch (policy) {
				case SELF_ELECT: {
					double sum = 0;
					for (int j = 0; j < n; j++) {
						double open = open(freeAt[j], t, rate[j]);
						double w = (open < capacity[j] ? 1 : 0.1) / (1 + open);
						weight[j] = w;
						sum += w;
					}
					double target = u * sum;
					for (int j = 0; j < n; j++) {
						target -= weight[j];
						if (target < 0) {
							return j;
						}
					}
					return n - 1;
				}
				case ROUND_ROBIN:
					for (int s = 0; s < n; s++) {
						int j = (pointer + s) % n;
						if (open(freeAt[j], t, rate[j]) < capacity[j]) {
							return j;
						}
					}
					return pointer;
				case RANDOM:
					return (int) (u * n);
				case VALUE_BALANCED: {
					int best = 0;
					double lowest = Double.POSITIVE_INFINITY;
					for (int j = 0; j < n; j++) {
						double s = kind != 2 ? assigned[j] / hours[j] : open(freeAt[j], t, rate[j]) / capacity[j];
						if (s < lowest) {
							lowest = s;
							best = j;
						}
					}
					return best;
				}
				default: {
					int best = 0;
					double lowest = Double.POSITIVE_INFINITY;
					for (int j = 0; j < n; j++) {
						double s = open(freeAt[j], t, rate[j]) / capacity[j];
						if (s < lowest) {
							lowest = s;
							best = j;
						}
					}
					return best;
				}
			}
		}

		private static double open(double freeAt, double t, double rate) {
			return Math.max(0, freeAt - t) * rate / 0.75;
		}

		/** As the engine draws them: Knuth's product below 30, a normal approximation above. */
		private static int poisson(SplittableRandom random, double mean) {
			if (mean <= 0) {
				return 0;
			}
			if (mean > 30) {
				return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
			}
			double limit = Math.exp(-mean);
			double product = random.nextDouble();
			int k = 0;
			while (product > limit) {
				product *= random.nextDouble();
				k++;
			}
			return k;
		}
	}

	// ---- the preset comparison ----

	private static List<String> presets(Map<String, String> o) throws InterruptedException {
		int months = integer(o, "months");
		int replications = integer(o, "replications");
		int threads = o.get("threads").isBlank() ? Runtime.getRuntime().availableProcessors() : integer(o, "threads");
		Scenario scenario = Scenarios.read(scenario(o, o.get("plans"), o.get("policies"), months, replications));
		int cells = scenario.plans().size() * scenario.policies().size();
		long replicationMonths = (long) cells * replications * months;
		int cap = integer(o, "cap");
		System.out.printf(Locale.ROOT, "preset comparison: %d cells (%d plans x %d policies) x %d replications x %d"
				+ " months x %d reps on %d threads, capped at %d s ...%n", cells, scenario.plans().size(),
				scenario.policies().size(), replications, months, scenario.reps().size(), threads, cap);
		Progress progress = new Progress();
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "lab-bench-clock");
			t.setDaemon(true);
			return t;
		});
		long started = System.nanoTime();
		clock.scheduleAtFixedRate(() -> System.out.printf(Locale.ROOT, "  %.0f s: %,d months simulated%n",
				(System.nanoTime() - started) / 1e9, LabBenchAccess.done(progress)), 15, 15, TimeUnit.SECONDS);
		clock.schedule(progress::cancel, cap, TimeUnit.SECONDS);
		SimulationResult result = Simulation.run(scenario, threads, progress);
		double seconds = (System.nanoTime() - started) / 1e9;
		clock.shutdownNow();
		long done = LabBenchAccess.done(progress);
		List<String> lines = new ArrayList<>();
		boolean finished = result.status() == SimulationResult.Status.DONE;
		lines.add(String.format(Locale.ROOT, "preset comparison: %d cells (%s x %s) x %d replications x %d months x %d reps,"
				+ " %d threads: %s in %.1f s", cells, o.get("plans"), o.get("policies"), replications, months,
				scenario.reps().size(), threads, finished ? "done" : "CANCELLED at the cap", seconds));
		lines.add(String.format(Locale.ROOT, "  months simulated: %,d (%,d in replications, %s in best responses on"
				+ " the training months)", done, replicationMonths,
				finished ? String.format(Locale.ROOT, "%,d", done - replicationMonths) : "the rest, unknown split"));
		if (finished) {
			int unsettled = 0;
			int rounds = 0;
			for (SimulationResult.Cell c : result.cells()) {
				unsettled += c.settled() ? 0 : 1;
				rounds += c.rounds();
			}
			lines.add(String.format(Locale.ROOT, "  best responses: %d rounds over the cells, %d cells unsettled",
					rounds, unsettled));
			lines.add(String.format(Locale.ROOT, "  target < %.0f s: %s (%.2f x the target)", PRESETS_TARGET_S,
					seconds < PRESETS_TARGET_S ? "MET" : "MISSED", seconds / PRESETS_TARGET_S));
		}
		else {
			lines.add(String.format(Locale.ROOT, "  target < %.0f s: MISSED (not done after %.0f s, the cap; %,d months"
					+ " simulated by then, against %,d in the replications alone)", PRESETS_TARGET_S, seconds, done,
					replicationMonths));
		}
		return lines;
	}

	// ---- figures and options ----

	static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length == 0 ? Double.NaN : s[(s.length - 1) / 2];
	}

	/** The rate 95 % of the rounds reach: the p95 of the round times, as a rate (nearest rank from the low end). */
	static double low(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		if (s.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(0.05 * s.length);
		return s[Math.max(1, rank) - 1];
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("rounds", "20");
		options.put("warmup", "20");
		options.put("round-months", "60");
		options.put("team-size", "20");
		options.put("policy", "SELF_ELECT");
		options.put("plan", "commission");
		options.put("replications", "100");
		options.put("months", "12");
		options.put("threads", "");
		options.put("plans", "commission,salesperson-of-the-month,revenue-pool-csat-handling,team-first-hybrid");
		options.put("policies", "SELF_ELECT,ROUND_ROBIN,RANDOM,VALUE_BALANCED");
		options.put("seed", "42");
		options.put("cap", "600");
		options.put("skip", "");
		return BenchOptions.parse(options, args);
	}

	static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}
}

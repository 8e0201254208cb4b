package org.fairdesk.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * A closed-loop HTTP load over loopback: {@code clients} threads, each with its own connection, calling one address
 * back to back; latencies from each call's start to its whole body read. Used by {@link LiveBench}.
 */
final class HttpLoad {

	private HttpLoad() {
	}

	/** What one measured phase gave. */
	record Outcome(long calls, long errors, double perSecond, double p50, double p95, double p99) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,d calls (%d not 200), %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
					calls, errors, perSecond, p50, p95, p99);
		}
	}

	static Outcome run(LiveBench.Target target, int clients, long warmupNanos, long measureNanos)
			throws InterruptedException {
		long start = System.nanoTime() + warmupNanos;
		long end = start + measureNanos;
		List<Latencies> parts = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Latencies latencies = new Latencies();
			parts.add(latencies);
			Thread thread = new Thread(() -> callUntil(target, start, end, latencies, errors), "live-load-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Latencies all = Latencies.merge(parts);
		return new Outcome(all.size(), errors.get(), all.size() / (measureNanos / 1e9), all.percentileMillis(50),
				all.percentileMillis(95), all.percentileMillis(99));
	}

	private static void callUntil(LiveBench.Target target, long start, long end, Latencies latencies,
			AtomicLong errors) {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long now;
		while ((now = System.nanoTime()) < end) {
			int status;
			try {
				status = client.send(target.request(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
			}
			catch (Exception failed) {
				status = -1;
			}
			long took = System.nanoTime() - now;
			if (now >= start) {
				latencies.record(took);
				if (status != 200) {
					errors.incrementAndGet();
				}
			}
		}
	}

	/** Medians over the rounds per client count and endpoint, against each endpoint's baseline and the target. */
	static void report(Map<String, List<Outcome>> outcomes, List<Integer> clientCounts, List<String> endpoints,
			Map<String, String> baselines, double targetP95Ms, int rounds) {
		System.out.printf(Locale.ROOT, "%n== live view speed: medians of %d rounds ==%n", rounds);
		System.out.printf(Locale.ROOT, "%-8s %-12s %9s %9s %9s %9s   %s%n", "clients", "endpoint", "calls/s", "p50 ms",
				"p95 ms", "p99 ms", "vs. baseline; target");
		long errors = 0;
		for (int clients : clientCounts) {
			for (String endpoint : endpoints) {
				List<Outcome> mine = outcomes.get(clients + " " + endpoint);
				errors += mine.stream().mapToLong(Outcome::errors).sum();
				double p95 = median(mine, Outcome::p95);
				String versus = "";
				String baseline = baselines.get(endpoint);
				if (baseline != null) {
					List<Outcome> base = outcomes.get(clients + " " + baseline);
					versus = String.format(Locale.ROOT, "%.2f x the calls/s, %.1f x the p95 of %s; p95 %s",
							median(mine, Outcome::perSecond) / median(base, Outcome::perSecond),
							p95 / median(base, Outcome::p95), baseline,
							p95 < targetP95Ms ? "< " + (int) targetP95Ms + " ms: met"
									: ">= " + (int) targetP95Ms + " ms: MISSED");
				}
				System.out.printf(Locale.ROOT, "%-8d %-12s %9.0f %9.1f %9.1f %9.1f   %s%n", clients, endpoint,
						median(mine, Outcome::perSecond), median(mine, Outcome::p50), p95, median(mine, Outcome::p99),
						versus);
			}
		}
		if (errors > 0) {
			System.out.printf(Locale.ROOT, "*** %d calls did not answer 200: the figures above are not valid ***%n",
					errors);
		}
	}

	private static double median(List<Outcome> outcomes, ToDoubleFunction<Outcome> figure) {
		double[] values = outcomes.stream().mapToDouble(figure).sorted().toArray();
		int n = values.length;
		return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}
}

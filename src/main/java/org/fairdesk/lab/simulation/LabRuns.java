package org.fairdesk.lab.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Simulation runs started over the API or the lab page: one run at a time on a pool of every core but one (the web
 * app keeps a core; {@code fairdesk.lab.simulation-threads} changes it), a few more waiting in a
 * bounded queue, the last {@link #KEPT} runs remembered in memory (a restart forgets them; a run is cheap to repeat,
 * its seed makes it the same).
 */
@Component
public class LabRuns implements DisposableBean {

	/** Runs waiting their turn beyond the one running: more are refused rather than queued without bound. */
	public static final int QUEUED = 4;

	/**
	 * The {@code Retry-After} of a refusal when the queue is full, in seconds: a run rarely takes less (two-plans takes
	 * about 5 s, the preset comparison 24-39 s on 2 cores), so asking sooner would most likely be refused again.
	 */
	public static final long RETRY_AFTER_SECONDS = 30;

	public static final int KEPT = 20;

	/**
	 * A run as the API shows it: its progress, then its result and each plan × policy judged against the behaviour
	 * goals it was started with.
	 */
	public record Run(UUID id, String description, String currency, Instant started, Status status, long monthsDone,
			long monthsTotal, @Nullable SimulationResult result, List<GoalVerdicts.CellVerdicts> verdicts,
			@Nullable String error) {

		/** Whether the run is still to finish: queued or running. */
		public boolean active() {
			return status == Status.QUEUED || status == Status.RUNNING;
		}
	}

	public enum Status {
		QUEUED, RUNNING, DONE, CANCELLED, FAILED
	}

	private static final class Entry {

		final UUID id = UUID.randomUUID();
		final Instant started = Instant.now();
		final Progress progress = new Progress();
		final String description;
		final String currency;
		volatile Status status = Status.QUEUED;
		volatile @Nullable SimulationResult result;
		volatile List<GoalVerdicts.CellVerdicts> verdicts = List.of();
		volatile @Nullable String error;
		/** What the run queue holds while the run waits: removed from it when the run is cancelled. */
		@Nullable Runnable task;

		Entry(Scenario scenario) {
			this.description = describe(scenario);
			this.currency = scenario.currency().getCurrencyCode();
		}

		Run view() {
			return new Run(id, description, currency, started, status, progress.done(), progress.total(), result, verdicts,
					error);
		}
	}

	private final ThreadPoolExecutor runs = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(QUEUED));
	private final ExecutorService simulation;
	private final Map<UUID, Entry> entries = new LinkedHashMap<>();

	/** Runs with {@link #threads} threads: every core but one unless {@code fairdesk.lab.simulation-threads} says. */
	public LabRuns(@Value("${fairdesk.lab.simulation-threads:}") @Nullable Integer threads) {
		this.simulation = Executors.newFixedThreadPool(threads(threads), runner -> {
			Thread thread = new Thread(runner, "lab-simulation");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
	}

	/** A run's threads: the setting when given (at least 1), else every core but one (at least 1). */
	static int threads(@Nullable Integer configured) {
		if (configured != null) {
			return Math.max(1, configured);
		}
		return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
	}

	/** Checks the scenario (400 naming the path) and queues its run, judged against the default goals. */
	public Optional<Run> start(@Nullable String yaml) {
		return start(yaml, GoalManagement.defaults());
	}

	/**
	 * Checks the scenario (400 naming the path) and queues its run, to be judged against {@code goals}; empty when
	 * the queue is full.
	 */
	public Optional<Run> start(@Nullable String yaml, List<Goal> goals) {
		Scenario scenario = Scenarios.read(yaml);
		Entry entry = new Entry(scenario);
		entry.task = () -> run(entry, scenario, goals);
		synchronized (entries) {
			// queued first: a refusal remembers nothing and forgets nothing
			try {
				runs.execute(entry.task);
			}
			catch (RejectedExecutionException e) {
				return Optional.empty();
			}
			entries.put(entry.id, entry);
			while (entries.size() > KEPT) {
				UUID oldest = entries.keySet().iterator().next();
				stop(entries.get(oldest));
				entries.remove(oldest);
			}
		}
		return Optional.of(entry.view());
	}

	/** The runs remembered, newest first. */
	public List<Run> recent() {
		synchronized (entries) {
			List<Run> views = new ArrayList<>(entries.values().stream().map(Entry::view).toList());
			Collections.reverse(views);
			return views;
		}
	}

	/** What a run compares, in a line: its plans, policies, reps, months and replications. */
	static String describe(Scenario scenario) {
		return counted(scenario.plans().size(), "plan", "plans") + " × "
				+ counted(scenario.policies().size(), "policy", "policies") + ", "
				+ counted(scenario.reps().size(), "rep", "reps") + ", " + counted(scenario.months(), "month", "months")
				+ ", " + counted(scenario.replications(), "replication", "replications");
	}

	private static String counted(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	public Optional<Run> find(UUID id) {
		synchronized (entries) {
			return Optional.ofNullable(entries.get(id)).map(Entry::view);
		}
	}

	/**
	 * Cancels a queued or running run and answers it CANCELLED, which it stays: a queued run leaves the run queue at
	 * once (its place is free for another), a running one stops within a simulated month's work and reports no
	 * result. A run already over (DONE, CANCELLED, FAILED) is answered as it is.
	 */
	public Optional<Run> cancel(UUID id) {
		synchronized (entries) {
			Entry entry = entries.get(id);
			if (entry == null) {
				return Optional.empty();
			}
			stop(entry);
			return Optional.of(entry.view());
		}
	}

	/** Flags the run to stop, takes it off the run queue if it is waiting there, and marks it CANCELLED if active. */
	private void stop(Entry entry) {
		synchronized (entry) {
			entry.progress.cancel();
			if (entry.task != null) {
				runs.remove(entry.task);
			}
			if (entry.status == Status.QUEUED || entry.status == Status.RUNNING) {
				entry.status = Status.CANCELLED;
			}
		}
	}

	private void run(Entry entry, Scenario scenario, List<Goal> goals) {
		synchronized (entry) {
			entry.task = null;
			if (entry.progress.cancelled()) {
				entry.status = Status.CANCELLED;
				return;
			}
			entry.status = Status.RUNNING;
		}
		SimulationResult result = null;
		List<GoalVerdicts.CellVerdicts> verdicts = List.of();
		String error = null;
		try {
			result = Simulation.run(scenario, simulation, entry.progress);
			if (result.status() == SimulationResult.Status.DONE) {
				verdicts = GoalVerdicts.of(result, goals, scenario.reps().size());
			}
		}
		catch (RuntimeException e) {
			error = e.getMessage() == null ? e.toString() : e.getMessage();
		}
		synchronized (entry) {
			// a run cancelled while it ran stays CANCELLED, whatever its threads finished meanwhile
			if (entry.progress.cancelled() || entry.status == Status.CANCELLED) {
				entry.status = Status.CANCELLED;
			}
			else if (error != null) {
				entry.error = error;
				entry.status = Status.FAILED;
			}
			else if (result != null && result.status() == SimulationResult.Status.DONE) {
				entry.verdicts = verdicts;
				entry.result = result;
				entry.status = Status.DONE;
			}
			else {
				entry.status = Status.CANCELLED;
			}
		}
	}

	@Override
	public void destroy() {
		synchronized (entries) {
			entries.values().forEach(e -> e.progress.cancel());
		}
		runs.shutdownNow();
		simulation.shutdownNow();
	}
}

package org.fairdesk.lab.simulation;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The command line's progress bar on standard error, redrawn in place ({@code \r}) every quarter second from a
 * run's {@link Progress}; the total is an estimate until the best responses have settled.
 */
final class ProgressBar implements AutoCloseable {

	static final int WIDTH = 30;

	private final Progress progress;
	private final PrintStream err;
	private final long started = System.nanoTime();
	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "lab-progress");
		thread.setDaemon(true);
		return thread;
	});

	ProgressBar(Progress progress, PrintStream err) {
		this.progress = progress;
		this.err = err;
		ticks.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
	}

	static String line(long done, long total, double seconds) {
		double share = total <= 0 ? 0 : Math.min(1, (double) done / total);
		int filled = (int) Math.round(share * WIDTH);
		return String.format(Locale.ROOT, "[%s%s] %3.0f %%  %,d of about %,d months  %.0f s", "#".repeat(filled),
				".".repeat(WIDTH - filled), share * 100, done, total, seconds);
	}

	private void draw() {
		err.print("\r" + line(progress.done(), progress.total(), (System.nanoTime() - started) / 1e9));
		err.flush();
	}

	@Override
	public void close() {
		ticks.shutdownNow();
		try {
			ticks.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		draw();
		err.println();
	}
}

package org.fairdesk.lab.simulation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run's progress in simulated months, and its cancel flag: checked between months, so that cancelling frees the
 * threads within a month's work.
 */
public final class Progress {

	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final AtomicLong done = new AtomicLong();
	private final AtomicLong total = new AtomicLong();

	public void cancel() {
		cancelled.set(true);
	}

	public boolean cancelled() {
		return cancelled.get();
	}

	/** The months simulated so far (training months weighed in best responses included). */
	public long done() {
		return done.get();
	}

	/** The months the run expects to simulate: an estimate until the best responses have settled. */
	public long total() {
		return Math.max(total.get(), done.get());
	}

	void expect(long months) {
		total.addAndGet(months);
	}

	void month() {
		if (cancelled.get()) {
			throw new CancellationException("the run was cancelled");
		}
		done.incrementAndGet();
	}
}

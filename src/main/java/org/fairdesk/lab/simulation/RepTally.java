package org.fairdesk.lab.simulation;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** One rep's month as it is simulated: the counts and sums their figures are made of. */
final class RepTally {

	long orders;
	double revenue;
	double margin;
	long quotesSent;
	long quotesWon;
	double wonValue;
	double wonMargin;
	long queriesResolved;
	long queriesEscalated;
	long csatResponses;
	long csatSum;
	long slaCounted;
	long slaMet;
	long reopens;
	long closed;
	long assistsGiven;
	long assistsReceived;
	double percentileSum;
	long valued;
	private double[] handling = new double[64];
	private int handled;

	void handled(double hours) {
		if (handled == handling.length) {
			handling = Arrays.copyOf(handling, handled * 2);
		}
		handling[handled++] = hours;
	}

	int handledCount() {
		return handled;
	}

	double handlingAt(int i) {
		return handling[i];
	}

	/** The median handling time in seconds, or null when nothing was handled. */
	static @Nullable Long medianSeconds(double[] hours, int count) {
		if (count == 0) {
			return null;
		}
		double[] sorted = Arrays.copyOf(hours, count);
		Arrays.sort(sorted);
		double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
		return Math.round(median * 3600);
	}

	@Nullable Long medianSeconds() {
		return medianSeconds(handling, handled);
	}
}

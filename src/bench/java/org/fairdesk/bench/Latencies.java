package org.fairdesk.bench;

import java.util.Arrays;
import java.util.List;

/** Every latency of one thread in nanoseconds, kept whole (a few hundred thousand at most), merged at the end. */
final class Latencies {

	private long[] values = new long[1 << 14];
	private int size;

	void record(long nanos) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = nanos;
	}

	int size() {
		return size;
	}

	static Latencies merge(List<Latencies> parts) {
		Latencies all = new Latencies();
		all.values = new long[Math.max(1, parts.stream().mapToInt(Latencies::size).sum())];
		for (Latencies part : parts) {
			System.arraycopy(part.values, 0, all.values, all.size, part.size);
			all.size += part.size;
		}
		Arrays.sort(all.values, 0, all.size);
		return all;
	}

	/** Nearest-rank percentile of a merged (sorted) set, in milliseconds; NaN when empty. */
	double percentileMillis(double percent) {
		if (size == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * size);
		return values[Math.min(size, Math.max(1, rank)) - 1] / 1e6;
	}

	double maxMillis() {
		return size == 0 ? Double.NaN : values[size - 1] / 1e6;
	}
}

package org.fairdesk.metrics;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one rep did in one team's period, as the figures are made of it before they are put together: the counts and
 * sums of the rep's closed requests, their durations and outcomes, the surveys about them, reopens, assists and
 * transfers. A team's figures are these added up over every rep who did anything in the period, with the team's
 * percentiles taken over all their durations ({@link MetricsManagement#teamOf}); so a period kept rep by rep can
 * have one rep read again after a late write, and still give exactly the figures its rows give
 * (docs/pay.md, "Months kept for their close"). Kept as text ({@link #write}, {@link #read}), which only this module
 * reads.
 */
public final class RepMonth {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What a kept part was made by: this form and the figures' definitions. A part kept under another is not read
	 * (the period is read again from its rows): change the number whenever {@link #write}'s form or what the parts
	 * hold changes; a changed definition changes the rest by itself.
	 */
	public static final String FORMAT = "rep-month-2/" + Integer.toHexString((MetricsQueries.DEFINITIONS + "\n"
			+ String.join(",", MetricsQueries.COUNTS) + "\n" + String.join(",", MetricsQueries.AMOUNTS) + "\n"
			+ FigureRequestQueries.CLOSED_COLUMNS).hashCode());

	/** The counts of {@code MetricsQueries.Closed}, in {@code MetricsQueries.COUNTS}' order. */
	final long[] counts;

	/** The amounts, in {@code MetricsQueries.AMOUNTS}' order. */
	final BigDecimal[] amounts;

	final ClosedRows rows;

	/** Surveys issued, answered, and the answers' rating total. */
	final long[] surveys;

	final long reopens;

	/** Confirmed assists given and received. */
	final long[] assists;

	/** Transfers given and received. */
	final long[] transfers;

	RepMonth(long[] counts, BigDecimal[] amounts, ClosedRows rows, long[] surveys, long reopens, long[] assists,
			long[] transfers) {
		this.counts = counts;
		this.amounts = amounts;
		this.rows = rows;
		this.surveys = surveys;
		this.reopens = reopens;
		this.assists = assists;
		this.transfers = transfers;
	}

	/**
	 * The form kept: JSON, amounts as written (their scale kept), each group's durations in ascending order and packed
	 * ({@link #pack}), so that a rep's percentiles are read where they are.
	 */
	private record Kept(long[] counts, String[] amounts, Map<String, Map<String, Long>> outcomes, String handling,
			String firstResponse, long[] surveys, long reopens, long[] assists, long[] transfers) {
	}

	public String write() {
		return JSON.writeValueAsString(new Kept(counts,
				Arrays.stream(amounts).map(BigDecimal::toPlainString).toArray(String[]::new), rows.outcomeCounts(), pack(rows.handling.sortedValues()),
				pack(rows.firstResponse.sortedValues()), surveys, reopens, assists, transfers));
	}

	public static RepMonth read(String text) {
		Kept kept = JSON.readValue(text, Kept.class);
		return new RepMonth(kept.counts(),
				Arrays.stream(kept.amounts()).map(BigDecimal::new).toArray(BigDecimal[]::new), ClosedRows.of(Spread.ofSorted(unpack(kept.handling())),
				Spread.ofSorted(unpack(kept.firstResponse())), kept.outcomes()), kept.surveys(), kept.reopens(),
				kept.assists(), kept.transfers());
	}

	/**
	 * Durations packed small: whole seconds (every duration the rows give today) as variable-length numbers, some
	 * two to three bytes each where a double takes eight, prefixed "i"; any fraction keeps them all as doubles,
	 * prefixed "d". A rep's month of 2,000 requests is then a few kilobytes.
	 */
	static String pack(double[] values) {
		boolean whole = Arrays.stream(values).allMatch(v -> v == Math.rint(v) && Math.abs(v) < 1e15);
		if (!whole) {
			ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
			Arrays.stream(values).forEach(bytes::putDouble);
			return "d" + Base64.getEncoder().encodeToString(bytes.array());
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.length * 3);
		for (double v : values) {
			long n = (long) v;
			long zigzag = (n << 1) ^ (n >> 63);
			while ((zigzag & ~0x7FL) != 0) {
				bytes.write((int) ((zigzag & 0x7F) | 0x80));
				zigzag >>>= 7;
			}
			bytes.write((int) zigzag);
		}
		return "i" + Base64.getEncoder().encodeToString(bytes.toByteArray());
	}

	static double[] unpack(String packed) {
		byte[] bytes = Base64.getDecoder().decode(packed.substring(1));
		if (packed.charAt(0) == 'd') {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			double[] values = new double[bytes.length / Double.BYTES];
			for (int i = 0; i < values.length; i++) {
				values[i] = buffer.getDouble();
			}
			return values;
		}
		double[] values = new double[bytes.length];
		int size = 0;
		int at = 0;
		while (at < bytes.length) {
			long zigzag = 0;
			int shift = 0;
			byte b;
			do {
				b = bytes[at++];
				zigzag |= (long) (b & 0x7F) << shift;
				shift += 7;
			} while ((b & 0x80) != 0);
			values[size++] = (zigzag >>> 1) ^ -(zigzag & 1);
		}
		return Arrays.copyOf(values, size);
	}
}

package org.fairdesk.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one group of closed requests (a rep's, or the team's) gives beyond the sums the database makes: how long they
 * took, as {@link Spread}s, and how many closed with each kind and outcome. Read from one scan of the rows, which
 * costs less than the database grouping them twice more (docs/benchmarks-history.md, "Close speed").
 */
final class ClosedRows {

	/** Nothing closed: no durations, no outcomes. */
	static final ClosedRows NONE = new ClosedRows();

	final Spread handling;

	final Spread firstResponse;

	/** Counts by kind, then closing state. */
	private final Map<String, Map<String, long[]>> outcomes = new HashMap<>();

	ClosedRows() {
		this(new Spread(), new Spread());
	}

	private ClosedRows(Spread handling, Spread firstResponse) {
		this.handling = handling;
		this.firstResponse = firstResponse;
	}

	/** A group as kept ({@link RepMonth}): its durations and its counts by kind, then closing state. */
	static ClosedRows of(Spread handling, Spread firstResponse, Map<String, Map<String, Long>> outcomes) {
		ClosedRows rows = new ClosedRows(handling, firstResponse);
		outcomes.forEach((kind, states) -> states.forEach((state, n) -> rows.outcomes
			.computeIfAbsent(kind, k -> new HashMap<>())
			.put(state, new long[] { n })));
		return rows;
	}

	/** The counts by kind, then closing state, as plain numbers (a copy). */
	Map<String, Map<String, Long>> outcomeCounts() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		outcomes.forEach((kind, states) -> states.forEach((state, n) -> counts
			.computeIfAbsent(kind, k -> new TreeMap<>())
			.put(state, n[0])));
		return counts;
	}

	/** The groups as one (the team's, from its reps'). */
	static ClosedRows of(Collection<ClosedRows> groups) {
		ClosedRows all = new ClosedRows(Spread.of(groups.stream().map(g -> g.handling).toList()),
				Spread.of(groups.stream().map(g -> g.firstResponse).toList()));
		groups.forEach(group -> group.outcomes.forEach((kind, states) -> states.forEach((state, n) -> all.outcomes
			.computeIfAbsent(kind, k -> new HashMap<>())
			.computeIfAbsent(state, s -> new long[1])[0] += n[0])));
		return all;
	}

	/** One closed request: its kind and closing state, its handling time, and its first-response time if it had one. */
	void add(String kind, String state, long handlingSeconds, boolean responded, double firstResponseSeconds) {
		outcomes.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(state, s -> new long[1])[0]++;
		handling.add(handlingSeconds);
		if (responded) {
			firstResponse.add(firstResponseSeconds);
		}
	}

	/** Closed requests by kind and outcome, in that order. */
	List<Figures.OutcomeCount> outcomes() {
		List<Figures.OutcomeCount> counts = new ArrayList<>();
		new TreeMap<>(outcomes).forEach((kind, states) -> new TreeMap<>(states)
			.forEach((state, n) -> counts.add(new Figures.OutcomeCount(kind, state, n[0]))));
		return counts;
	}
}

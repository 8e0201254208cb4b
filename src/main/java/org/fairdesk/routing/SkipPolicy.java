package org.fairdesk.routing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fairdesk.shared.FieldChecks;
import org.jspecify.annotations.Nullable;

/**
 * A team's rules for skipping (docs/routing.md#skips): a skip gives one of a short list of reasons, and a rep may
 * skip at most {@code perDay} requests a day in the team's zone (0: never). Without them a rep could pass over every
 * small request until a large one came, whatever the policy.
 */
public record SkipPolicy(List<String> reasons, int perDay) {

	public static final List<String> DEFAULT_REASONS = List.of("missing skill", "conflict of interest",
			"customer asked for someone else", "language");
	public static final int DEFAULT_PER_DAY = 3;
	static final int MAX_PER_DAY = 50;
	static final int MAX_REASONS = 10;
	static final int MAX_REASON_LENGTH = 60;

	public static final SkipPolicy DEFAULT = new SkipPolicy(DEFAULT_REASONS, DEFAULT_PER_DAY);

	public SkipPolicy {
		reasons = List.copyOf(reasons);
	}

	/**
	 * A manager's new rules, checked: 1 to 10 reasons of 1 to 60 characters, none twice (ignoring case), and a limit
	 * from 0 to 50 a day.
	 */
	static SkipPolicy checked(@Nullable List<@Nullable String> reasons, @Nullable Integer perDay) {
		FieldChecks checks = new FieldChecks()
			.require(perDay != null, "perDay", "is required: how many requests a rep may skip a day (0 to 50)")
			.require(perDay == null || perDay >= 0 && perDay <= MAX_PER_DAY, "perDay",
					"must be from 0 to " + MAX_PER_DAY + ", got " + perDay)
			.require(reasons != null && !reasons.isEmpty() && reasons.size() <= MAX_REASONS, "reasons",
					"must list 1 to " + MAX_REASONS + " reasons");
		Set<String> seen = new HashSet<>();
		for (int i = 0; reasons != null && i < reasons.size(); i++) {
			String reason = reasons.get(i);
			checks.requireName(reason, "reasons[" + i + "]", MAX_REASON_LENGTH); // one line: the skip form's choices
			checks.require(reason == null || seen.add(key(reason)), "reasons[" + i + "]", "is listed twice");
		}
		checks.throwIfAny();
		return new SkipPolicy(reasons.stream().map(String::strip).toList(), perDay);
	}

	/** The listed reason a rep gave (matched ignoring case and outer spaces), or null when it is not listed. */
	@Nullable String listed(@Nullable String reason) {
		if (reason == null) {
			return null;
		}
		return reasons.stream().filter(r -> key(r).equals(key(reason))).findFirst().orElse(null);
	}

	/** The reasons as the database keeps them: one per line, or null for the default list. */
	@Nullable String stored() {
		return reasons.equals(DEFAULT_REASONS) ? null : String.join("\n", reasons);
	}

	static SkipPolicy read(@Nullable String stored, int perDay) {
		return new SkipPolicy(stored == null ? DEFAULT_REASONS : List.of(stored.split("\n")), perDay);
	}

	private static String key(String reason) {
		return reason.strip().toLowerCase(Locale.ROOT);
	}
}

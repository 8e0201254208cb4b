package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/** Builders for the routing unit tests: reps, candidates and requests without a database. */
final class RoutingFixtures {

	static final TeamId TEAM = TeamId.of(1);

	static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

	private RoutingFixtures() {
	}

	static Rep rep(long id, int hours) {
		return rep(id, hours, Availability.AVAILABLE);
	}

	static Rep rep(long id, int hours, Availability availability) {
		return new Rep(RepId.of(id), TEAM, "rep" + id, "Rep " + id, BigDecimal.valueOf(hours), LocalDate.of(2024, 1, 1),
				null, availability);
	}

	/** An available rep without caps, skills, schedule or time off. */
	static RoutingProfile profile(long id, int hours) {
		return new RoutingProfile(rep(id, hours), null, Map.of(), Set.of(), null, List.of());
	}

	/** A candidate with no load, never assigned anything, nothing this month. */
	static Candidate candidate(long id, int hours) {
		return new Candidate(profile(id, hours), 0, Map.of(), null, BigDecimal.ZERO, 0);
	}

	static Candidate candidate(RoutingProfile profile, int activeLoad, @Nullable Instant lastAssignedAt) {
		return new Candidate(profile, activeLoad, Map.of(), lastAssignedAt, BigDecimal.ZERO, 0);
	}

	/** A candidate with this month's assigned value and count. */
	static Candidate candidate(long id, int hours, String assignedValue, long assignedCount) {
		return new Candidate(profile(id, hours), 0, Map.of(), null, new BigDecimal(assignedValue), assignedCount);
	}

	static Candidate withAssigned(Candidate c, BigDecimal value, long count, @Nullable Instant lastAssignedAt) {
		return new Candidate(c.profile(), c.activeLoad(), c.loadByKind(), lastAssignedAt, value, count);
	}

	static QueuedRequest order(@Nullable String amount) {
		return request(RequestKind.ORDER, 0, amount, null, T0);
	}

	static QueuedRequest query() {
		return request(RequestKind.QUERY, 0, null, null, T0);
	}

	static QueuedRequest request(RequestKind kind, int priority, @Nullable String amount, @Nullable String skill,
			Instant receivedAt) {
		return request(RequestId.random(), kind, priority, amount, skill, receivedAt);
	}

	static QueuedRequest request(RequestId id, RequestKind kind, int priority, @Nullable String amount,
			@Nullable String skill, Instant receivedAt) {
		return new QueuedRequest(id, TEAM, kind, priority, amount == null ? null : new BigDecimal(amount), skill,
				receivedAt, null, null);
	}

	/** A request id made from a number, so a test's requests are the same on every run. */
	static RequestId requestId(long n) {
		return RequestId.of(new UUID(0x0123456789ABCDEFL, n));
	}

	static Chooser.Context context(String hours, String assignedValue, long assignedCount) {
		return new Chooser.Context(new BigDecimal(hours), new BigDecimal(assignedValue), assignedCount, null);
	}

	static Chooser.Context seeded(long seed) {
		return new Chooser.Context(BigDecimal.ZERO, BigDecimal.ZERO, 0, seed);
	}
}

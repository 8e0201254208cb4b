package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.shared.Money;
import org.springframework.stereotype.Component;

/**
 * At a month's close, looks again at the closed months before it: each is recomputed from today's facts with the
 * plan version it was closed under, and where a rep is now due more or less than was paid for it (its stored
 * statement plus the corrections already paid), the difference is stored as an adjustment paid in the month being
 * closed. The closed month itself is never changed. Each look is kept ({@link FactsLooks}), so that a month nothing
 * has changed since is not read from its rows again.
 */
@Component
class Corrections {

	/** How far back a close looks: facts rarely change a year on, and each month looked at is a facts query. */
	static final int MONTHS_LOOKED_AT = 12;

	/**
	 * How long before a month's last look a write may be stamped and still not have been seen by it: a reopen or an
	 * answer stamped just before a close began may commit after the close read the rows, and app nodes' clocks differ.
	 * Writes since (the last look less this) make the next close read the month's rows again.
	 */
	static final Duration UNSEEN_WRITES = Duration.ofHours(1);

	private final PayPeriods periods;
	private final Plans plans;
	private final Adjustments adjustments;
	private final IncentiveManagement incentives;
	private final FactsLooks looks;

	Corrections(PayPeriods periods, Plans plans, Adjustments adjustments, IncentiveManagement incentives,
			FactsLooks looks) {
		this.periods = periods;
		this.plans = plans;
		this.adjustments = adjustments;
		this.incentives = incentives;
		this.looks = looks;
	}

	/**
	 * Stores the adjustments that closing {@code period} pays for the closed months before it: for each, the
	 * difference its facts make since it was last looked at (by its close or by a close after it). A month whose
	 * figures nothing has changed since (no reopen, survey answer or assist decision counting in it:
	 * {@link IncentiveManagement#factsChangedSince}) is not read from its rows again: its figures as last looked at,
	 * with the reps' details as they are now, give what the rows would (docs/pay.md).
	 */
	void findFor(Team team, YearMonth period, String actor, Instant at) {
		for (YearMonth closed : periods.closedBefore(team.id(), period, MONTHS_LOOKED_AT)) {
			lookAgain(team, period, closed, actor, at);
		}
	}

	private void lookAgain(Team team, YearMonth period, YearMonth closed, String actor, Instant at) {
		Optional<FactsLooks.Look> look = looks.find(team.id(), closed);
		Optional<PeriodFacts> unchanged = look
			.filter(last -> last.zone().equals(team.zone())
					&& !incentives.factsChangedSince(team, closed, last.at().minus(UNSEEN_WRITES)))
			.flatMap(last -> incentives.refreshed(team, closed, last.facts()));
		PeriodFacts now = unchanged.orElseGet(() -> incentives.facts(team.id(), closed));
		// A month closed before looks were kept is compared with the facts stored at its close.
		PeriodFacts storedIfNoLook = look.isPresent() ? null : periods.storedFacts(team.id(), closed).orElseThrow();
		PeriodFacts last = look.map(FactsLooks.Look::facts).orElseGet(() -> storedIfNoLook.withoutRequests());
		Map<UUID, Set<String>> moved = look.map(FactsLooks.Look::moved).orElse(Map.of());
		if (!now.withoutRequests().equals(last)) {
			if (unchanged.isPresent()) {
				// Unchanged rows mean only a rep's details did (hours, dates): no request is named then.
				correct(team, period, closed, now, List.of(), actor, at);
			}
			else {
				PeriodFacts stored = storedIfNoLook != null ? storedIfNoLook
						: periods.storedFacts(team.id(), closed).orElseThrow();
				if (correct(team, period, closed, now, changedRequests(lastPlacings(stored, moved), placings(now)),
						actor, at)) {
					// Paid for now: the next correction names only the requests that move from here.
					moved = moved(stored, now);
				}
			}
		}
		if (unchanged.isEmpty() || !now.equals(last)) {
			// A month read from its rows is looked at as of now, whether or not it changed: the next close need
			// not read it again unless something changes it from here.
			looks.save(now, at, team.zone(), moved);
		}
	}

	/**
	 * Pays, for each rep, the difference between what the month's facts pay now and what was paid for it; true when
	 * any rep was paid one.
	 */
	private boolean correct(Team team, YearMonth period, YearMonth closed, PeriodFacts now, List<UUID> cause,
			String actor, Instant at) {
		PayPeriod paid = periods.find(team.id(), closed).orElseThrow();
		PlanVersion plan = plans.version(team.id(), paid.planName(), paid.planVersion());
		// The month's own adjustments (paid in it, correcting earlier months) on both sides: only the changed facts
		// make a difference, never a correction already paid.
		List<Statement> fresh = Adjusting.statements(plan, now, adjustments.paidIn(team.id(), closed),
				incentives::repName);
		return correct(team, period, closed, periods.statements(team.id(), closed), fresh, cause, actor, at);
	}

	private boolean correct(Team team, YearMonth period, YearMonth closed, List<Statement> stored,
			List<Statement> fresh, List<UUID> cause, String actor, Instant at) {
		boolean paid = false;
		Map<RepId, Statement> before = byRep(stored);
		Map<RepId, Statement> after = byRep(fresh);
		Set<RepId> reps = new LinkedHashSet<>(before.keySet());
		reps.addAll(after.keySet());
		for (RepId rep : reps) {
			Money was = Optional.ofNullable(before.get(rep)).map(Statement::payout).orElse(Money.zero(team.currency()));
			Money corrected = was.plus(Money.of(adjustments.correcting(team.id(), closed, rep), team.currency()));
			Money due = Optional.ofNullable(after.get(rep)).map(Statement::payout).orElse(Money.zero(team.currency()));
			Money difference = due.minus(corrected);
			if (difference.amount().signum() != 0) {
				adjustments.insert(team.id(), period, rep, Adjustment.Kind.RECOMPUTED,
						new StatementLine.Correction(closed, firstChanged(before.get(rep), after.get(rep))), difference,
						reason(closed, was, corrected, due, difference, !cause.isEmpty()), cause, actor, at);
				paid = true;
			}
		}
		return paid;
	}

	private static String reason(YearMonth closed, Money was, Money corrected, Money due, Money difference,
			boolean requestsChanged) {
		String paid = closed + " paid " + was + " at its close"
				+ (corrected.equals(was) ? "" : ", " + corrected + " with the corrections since");
		return paid + "; its facts now pay " + due + " under the same plan version, so "
				+ (difference.isNegative() ? "" : "+") + difference
				+ (requestsChanged ? ". The requests whose facts changed are listed."
						: ". No request left or joined the month's lists: an amount, or a rep's hours or time on the team,"
								+ " changed.");
	}

	/** The first paying line whose amount differs: the line this adjustment corrects (the payout if none does). */
	private static StatementLine.Code firstChanged(Statement before, Statement after) {
		if (before == null || after == null) {
			return StatementLine.Code.PAYOUT;
		}
		for (StatementLine line : before.lines()) {
			if (!line.pays()) {
				continue;
			}
			boolean same = after.lines().stream().anyMatch(l -> l.code() == line.code() && l.rule().equals(line.rule())
					&& line.amount().equals(l.amount()));
			if (!same) {
				return line.code();
			}
		}
		return StatementLine.Code.PAYOUT;
	}

	/**
	 * The requests whose place in the month's lists differs between the two facts documents: in a list of a rep's on
	 * one side and not in the same list of the same rep's on the other. Compared list by list, because a changed
	 * request often stays in another list (an order returned after a reopen leaves "fulfilled" but stays in
	 * "reopened"), and rep by rep, because a request may move from one rep's lists to another's.
	 */
	static List<UUID> changedRequests(PeriodFacts then, PeriodFacts now) {
		return changedRequests(placings(then), placings(now));
	}

	private static List<UUID> changedRequests(Set<Placed> before, Set<Placed> after) {
		Set<UUID> changed = new java.util.TreeSet<>();
		before.stream().filter(placed -> !after.contains(placed)).forEach(placed -> changed.add(placed.request()));
		after.stream().filter(placed -> !before.contains(placed)).forEach(placed -> changed.add(placed.request()));
		return List.copyOf(changed);
	}

	/**
	 * The requests whose places differ between the facts stored at the close and {@code now}, each with its places
	 * now (none when it left every list): what a look keeps once a correction is paid, so that the next correction
	 * names only the requests that moved since ({@link #lastPlacings}), not those an earlier one already named.
	 */
	static Map<UUID, Set<String>> moved(PeriodFacts stored, PeriodFacts now) {
		Set<Placed> after = placings(now);
		Map<UUID, Set<String>> moved = new TreeMap<>();
		changedRequests(placings(stored), after).forEach(request -> moved.put(request, new java.util.TreeSet<>()));
		after.stream().filter(placed -> moved.containsKey(placed.request()))
			.forEach(placed -> moved.get(placed.request()).add(placed.key()));
		return moved;
	}

	/**
	 * The places when the month was last paid for: as stored at its close, each request that had moved by its last
	 * paid correction in its places then.
	 */
	static Set<Placed> lastPlacings(PeriodFacts stored, Map<UUID, Set<String>> moved) {
		Set<Placed> placings = new java.util.HashSet<>();
		placings(stored).stream().filter(placed -> !moved.containsKey(placed.request())).forEach(placings::add);
		moved.forEach((request, keys) -> keys.forEach(key -> placings.add(Placed.of(key, request))));
		return placings;
	}

	/** A request in one of a rep's lists; {@link #key} names the rep and the list ("12:ordersFulfilled"). */
	record Placed(long rep, String list, UUID request) {

		String key() {
			return rep + ":" + list;
		}

		static Placed of(String key, UUID request) {
			int colon = key.indexOf(':');
			return new Placed(Long.parseLong(key.substring(0, colon)), key.substring(colon + 1), request);
		}
	}

	private static Set<Placed> placings(PeriodFacts facts) {
		Set<Placed> placings = new java.util.HashSet<>();
		for (PeriodFacts.RepFacts rep : facts.reps()) {
			rep.requests().lists().forEach((list, ids) -> ids.forEach(id -> placings.add(new Placed(rep.repId().value(), list, id))));
		}
		return placings;
	}

	private static Map<RepId, Statement> byRep(List<Statement> statements) {
		return statements.stream().collect(Collectors.toMap(Statement::repId, Function.identity(), (a, b) -> a,
				() -> new TreeMap<>(java.util.Comparator.comparingLong(RepId::value))));
	}
}

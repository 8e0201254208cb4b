package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated teams for the calculator's properties: 1 to 40 reps of an April (30 days), each with figures that keep
 * every rule of the facts document (docs/plans.md): shares are metrics.md's division of their counts to 4 places, a
 * CSAT mean is there exactly when there are responses, days on the team and tenure follow from the start and
 * leaving dates. The team's figures are the reps' sums, its CSAT the answers' mean and its handling the median of
 * the reps' medians.
 */
final class SomeTeams {

	static final YearMonth APRIL = YearMonth.of(2026, 4);

	static final Currency EUR = Currency.getInstance("EUR");

	private SomeTeams() {
	}

	/** Where a rep was in the month: hours a week in cents of an hour, days on the team, whole months of tenure. */
	record Presence(int hoursCents, int days, int tenure) {
	}

	/** Fulfilled orders, in cents. */
	record Orders(int count, long revenueCents, long marginCents) {
	}

	/** Decided quotes and what the won ones were worth, in cents. */
	record Quotes(int decided, int won, int lost, int sent, long wonValueCents, long wonMarginCents) {
	}

	/** Service: queries, survey answers (mean in hundredths), SLA, closed requests, handling, assists. */
	record Service(int resolved, int escalated, int csatResponses, int csatHundredths, int slaCounted, int slaMet,
			int closed, int reopens, int handlingSeconds, int assistsGiven, int assistsReceived) {
	}

	/** A rep as generated: everything but the id. */
	record Rep(Presence presence, Orders orders, Quotes quotes, Service service) {

		Rep withOrders(Orders orders) {
			return new Rep(presence, orders, quotes, service);
		}

		Rep withDays(int days) {
			return new Rep(new Presence(presence.hoursCents(), days, presence.tenure()), orders, quotes, service);
		}
	}

	/** A rep with their id. */
	record Member(long id, Rep rep) {

		Member with(Rep other) {
			return new Member(id, other);
		}
	}

	static Arbitrary<Rep> reps() {
		// some reps without contracted hours: they weigh nothing by hours or by scorecard
		Arbitrary<Integer> hours = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
				Tuple.of(9, Arbitraries.integers().between(0, 6000)));
		Arbitrary<Presence> presence = Combinators.combine(hours,
				Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 120)).as(Presence::new);
		Arbitrary<Orders> orders = Combinators.combine(Arbitraries.integers().between(0, 30),
				Arbitraries.longs().between(0, 5_000_000), Arbitraries.longs().between(-2_000_000, 5_000_000))
			.as((count, revenue, margin) -> count == 0 ? new Orders(0, 0, 0)
					: new Orders(count, revenue, Math.min(margin, revenue)));
		Arbitrary<Quotes> quotes = Combinators.combine(Arbitraries.integers().between(0, 20),
				Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
				Arbitraries.integers().between(0, 20), Arbitraries.longs().between(0, 3_000_000),
				Arbitraries.longs().between(-500_000, 1_000_000))
			.as((decided, w, l, s, value, margin) -> {
				int won = w % (decided + 1);
				int lost = l % (decided - won + 1);
				int sent = s % (decided + 1);
				return won == 0 ? new Quotes(decided, 0, lost, sent, 0, 0)
						: new Quotes(decided, won, lost, sent, value, Math.min(margin, value));
			});
		Arbitrary<int[]> counts = Combinators.combine(Arbitraries.integers().between(0, 60),
				Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 30),
				Arbitraries.integers().between(100, 500), Arbitraries.integers().between(0, 40),
				Arbitraries.integers().between(0, 40)).as((a, b, c, d, e, f) -> new int[] { a, b, c, d, e, f });
		Arbitrary<Service> service = Combinators.combine(counts, Arbitraries.integers().between(0, 60),
				Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 36_000),
				Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10))
			.as((c, closed, r, handling, given, received) -> new Service(c[0], c[1], c[2], c[3], c[4],
					c[5] % (c[4] + 1), closed, r % (closed + 1), handling, given, received));
		return Combinators.combine(presence, orders, quotes, service).as(Rep::new);
	}

	/** 1 to 40 reps with distinct ids. */
	static Arbitrary<List<Member>> teams() {
		return teams(1, 40);
	}

	static Arbitrary<List<Member>> teams(int min, int max) {
		return Arbitraries.longs()
			.between(1, 100_000)
			.set()
			.ofMinSize(min)
			.ofMaxSize(max)
			.flatMap(ids -> reps().list().ofSize(ids.size()).map(reps -> {
				List<Member> members = new ArrayList<>();
				int i = 0;
				for (long id : ids) {
					members.add(new Member(id, reps.get(i++)));
				}
				return members;
			}));
	}

	/** A fresh id for a rep added to the team. */
	static long unusedId(List<Member> team) {
		return team.stream().mapToLong(Member::id).max().orElse(0) + 1;
	}

	static PeriodFacts facts(List<Member> team) {
		List<RepFacts> reps = team.stream().map(SomeTeams::repFacts).toList();
		return new PeriodFacts(APRIL, TeamId.of(3), "North", EUR, teamFigures(team), reps);
	}

	static RepFacts repFacts(Member member) {
		Presence p = member.rep().presence();
		int days = p.days();
		// a tenure of 0 months means a start after the 1st: at most 29 days of April
		int tenure = p.tenure() == 0 && days == APRIL.lengthOfMonth() ? 1 : p.tenure();
		LocalDate start;
		LocalDate leaving = null;
		if (tenure == 0) {
			start = APRIL.atDay(APRIL.lengthOfMonth() + 1 - days);
		}
		else {
			start = APRIL.plusMonths(1).atDay(1).minusMonths(tenure);
			if (days < APRIL.lengthOfMonth()) {
				leaving = APRIL.atDay(days);
			}
		}
		return new RepFacts(RepId.of(member.id()), "Rep " + member.id(), BigDecimal.valueOf(p.hoursCents(), 2), start,
				leaving, days, tenure, figures(member.rep()));
	}

	static Figures figures(Rep rep) {
		Orders o = rep.orders();
		Quotes q = rep.quotes();
		Service s = rep.service();
		return figures(o.count(), o.revenueCents(), o.marginCents(), q, s.resolved(), s.escalated(),
				s.csatResponses(), s.csatResponses() == 0 ? null : BigDecimal.valueOf(s.csatHundredths(), 2),
				s.slaCounted(), s.slaMet(), s.closed(), s.reopens(),
				s.closed() == 0 ? null : (long) s.handlingSeconds(), s.assistsGiven(), s.assistsReceived());
	}

	private static Figures figures(long orders, long revenue, long margin, Quotes q, long resolved, long escalated,
			long responses, @Nullable BigDecimal mean, long slaCounted, long slaMet, long closed, long reopens,
			@Nullable Long handling, long given, long received) {
		return new Figures(new PeriodFacts.Orders(orders, cents(revenue), cents(margin)),
				new PeriodFacts.Quotes(q.sent(), q.won(), q.lost(), q.decided(),
						MetricsManagement.share(q.won(), q.decided()), cents(q.wonValueCents()),
						cents(q.wonMarginCents())),
				new PeriodFacts.Queries(resolved, escalated), new PeriodFacts.Csat(responses, mean),
				new PeriodFacts.Sla(slaCounted, slaMet, MetricsManagement.share(slaMet, slaCounted)),
				new PeriodFacts.Handling(handling),
				new PeriodFacts.Reopens(reopens, closed, MetricsManagement.share(reopens, closed)),
				new PeriodFacts.Assists(given, received));
	}

	/** The reps' sums; the answers' mean to 2 places; the median of the medians of those who closed something. */
	static Figures teamFigures(List<Member> team) {
		List<Rep> reps = team.stream().map(Member::rep).toList();
		Quotes quotes = new Quotes(sum(reps, r -> r.quotes().decided()), sum(reps, r -> r.quotes().won()),
				sum(reps, r -> r.quotes().lost()), sum(reps, r -> r.quotes().sent()),
				reps.stream().mapToLong(r -> r.quotes().wonValueCents()).sum(),
				reps.stream().mapToLong(r -> r.quotes().wonMarginCents()).sum());
		long responses = sum(reps, r -> r.service().csatResponses());
		long rated = reps.stream()
			.mapToLong(r -> (long) r.service().csatResponses() * r.service().csatHundredths())
			.sum();
		BigDecimal mean = responses == 0 ? null
				: BigDecimal.valueOf(rated).divide(BigDecimal.valueOf(responses * 100), 2, RoundingMode.HALF_UP);
		List<Integer> medians = reps.stream()
			.filter(r -> r.service().closed() > 0)
			.map(r -> r.service().handlingSeconds())
			.sorted(Comparator.naturalOrder())
			.toList();
		Long handling = medians.isEmpty() ? null : (long) medians.get(medians.size() / 2);
		return figures(sum(reps, r -> r.orders().count()),
				reps.stream().mapToLong(r -> r.orders().revenueCents()).sum(),
				reps.stream().mapToLong(r -> r.orders().marginCents()).sum(), quotes,
				sum(reps, r -> r.service().resolved()), sum(reps, r -> r.service().escalated()), responses, mean,
				sum(reps, r -> r.service().slaCounted()), sum(reps, r -> r.service().slaMet()),
				sum(reps, r -> r.service().closed()), sum(reps, r -> r.service().reopens()), handling,
				sum(reps, r -> r.service().assistsGiven()), sum(reps, r -> r.service().assistsReceived()));
	}

	private static int sum(List<Rep> reps, java.util.function.ToIntFunction<Rep> count) {
		return reps.stream().mapToInt(count).sum();
	}

	static Money cents(long cents) {
		return Money.ofMinor(cents, EUR);
	}

	static List<Member> replaced(List<Member> team, Member member) {
		return team.stream().map(m -> m.id() == member.id() ? member : m).toList();
	}
}

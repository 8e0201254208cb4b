package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A rep's "what if" on an open month (docs/pay.md): their figures edited on a copy of the month's facts, the team's
 * totals with them, so that the one calculator can say what they would be paid. Pure; nothing is stored. Every
 * change is checked first and a bad one is named ({@code changes[1].value}); the edited copy must still be a valid
 * facts document ({@link FactsDocuments#check}).
 */
public final class WhatIf {

	/** At most this many changes at once. */
	static final int MAX_CHANGES = 20;

	/** At most this many assists added by one change. */
	static final int MAX_ASSISTS = 1000;

	/** The figures a rep may edit, each as {@link Change} describes it. */
	public static final List<String> FIGURES = List.of("order", "csat", "assist", "slaMet");

	/**
	 * One edit.
	 *
	 * @param figure {@code order}: one more fulfilled order, {@code value} its gross margin and {@code revenue} its
	 *     revenue (required, at least the margin); {@code csat}: the rep's CSAT average becomes {@code value} (1 to 5,
	 *     at most 2 decimals; one survey answer when they have none); {@code assist}: {@code value} more confirmed
	 *     assists given (a whole number from 1 to 1000); {@code slaMet}: {@code value} of the requests counted for the
	 *     resolution SLA met it (a whole number from 0 to the number counted)
	 */
	public record Change(@Nullable String figure, @Nullable BigDecimal value, @Nullable BigDecimal revenue) {
	}

	private WhatIf() {
	}

	/** The facts with the rep's figures (and the team's) edited; refused as a whole when any change is bad. */
	public static PeriodFacts apply(PeriodFacts facts, RepId repId, @Nullable List<Change> changes) {
		var checks = new FieldChecks();
		checks.require(changes != null && !changes.isEmpty(), "changes",
				"is required: at least one change such as {\"figure\": \"csat\", \"value\": 4.5}")
			.require(changes == null || changes.size() <= MAX_CHANGES, "changes",
					"must hold at most " + MAX_CHANGES + " changes");
		checks.throwIfAny();
		RepFacts rep = facts.reps().stream().filter(r -> r.repId().equals(repId)).findFirst()
			.orElseThrow(() -> InvalidInputException.of("repId", "is not on team " + facts.teamName() + " in "
					+ facts.period() + ": there are no figures of theirs to edit"));
		Figures own = rep.figures();
		Figures team = facts.team();
		for (int i = 0; i < changes.size(); i++) {
			String at = "changes[" + i + "]";
			Change change = changes.get(i);
			if (change == null || change.figure() == null || !FIGURES.contains(change.figure())) {
				checks.require(false, at + ".figure", "must be one of " + FIGURES + (change == null
						|| change.figure() == null ? "" : ", got " + Inputs.shortened(change.figure())));
				continue;
			}
			if (change.value() == null) {
				checks.require(false, at + ".value", "is required: " + rule(change.figure()));
				continue;
			}
			Figures[] edited = switch (change.figure()) {
				case "order" -> order(own, team, change, at, checks, facts);
				case "csat" -> csat(own, team, change.value(), at, checks);
				case "assist" -> assist(own, team, change.value(), at, checks);
				default -> slaMet(own, team, change.value(), at, checks);
			};
			if (edited != null) {
				own = edited[0];
				team = edited[1];
			}
		}
		checks.throwIfAny();
		Figures ownEdited = own;
		List<RepFacts> reps = new ArrayList<>();
		for (RepFacts r : facts.reps()) {
			reps.add(!r.repId().equals(repId) ? r : new RepFacts(r.repId(), r.name(), r.hoursPerWeek(), r.startDate(),
					r.leavingDate(), r.daysOnTeam(), r.tenureMonths(), ownEdited, r.requests()));
		}
		PeriodFacts edited = new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), team,
				List.copyOf(reps));
		FactsDocuments.check(edited, "facts");
		return edited;
	}

	private static String rule(String figure) {
		return switch (figure) {
			case "order" -> "the order's gross margin, with its revenue as revenue";
			case "csat" -> "a CSAT average from 1 to 5 with at most 2 decimals";
			case "assist" -> "how many more confirmed assists, a whole number from 1 to " + MAX_ASSISTS;
			default -> "how many of the requests counted for the SLA met it, a whole number";
		};
	}

	private static Figures @Nullable [] order(Figures own, Figures team, Change change, String at, FieldChecks checks,
			PeriodFacts facts) {
		int digits = facts.currency().getDefaultFractionDigits();
		BigDecimal margin = change.value();
		BigDecimal revenue = change.revenue();
		boolean ok = amount(margin, at + ".value", digits, checks);
		if (revenue == null) {
			checks.require(false, at + ".revenue", "is required with an order: its revenue, at least its margin");
			return null;
		}
		ok &= amount(revenue, at + ".revenue", digits, checks);
		if (!ok) {
			return null;
		}
		checks.require(revenue.signum() >= 0, at + ".revenue", "must not be negative, got " + revenue.toPlainString());
		checks.require(margin.compareTo(revenue) <= 0, at + ".value",
				"is the order's gross margin: at most its revenue " + revenue.toPlainString() + ", got "
						+ margin.toPlainString());
		Money r = Money.of(revenue, facts.currency());
		Money m = Money.of(margin, facts.currency());
		Money teamRevenue = team.orders().revenue().plus(r);
		Money teamMargin = team.orders().margin().plus(m);
		boolean fits = teamRevenue.amount().abs().compareTo(Money.LIMIT) < 0
				&& teamMargin.amount().abs().compareTo(Money.LIMIT) < 0;
		checks.require(fits, at + ".value", "would take the team's revenue or margin to 10^12 or more");
		if (revenue.signum() < 0 || margin.compareTo(revenue) > 0 || !fits) {
			return null;
		}
		return new Figures[] { withOrder(own, r, m), withOrder(team, r, m) };
	}

	private static boolean amount(BigDecimal amount, String field, int digits, FieldChecks checks) {
		boolean decimals = amount.stripTrailingZeros().scale() <= digits;
		boolean limit = amount.abs().compareTo(Money.LIMIT) < 0;
		checks.require(decimals, field, "must have at most " + digits + " decimals, got "
				+ Inputs.shortened(amount.toPlainString()));
		checks.require(!decimals || limit, field, "must be less than 10^12 either way, got "
				+ Inputs.shortened(amount.toPlainString()));
		return decimals && limit;
	}

	/** One more fulfilled order: a closed request too, so the reopen rate's base grows by one. */
	private static Figures withOrder(Figures f, Money revenue, Money margin) {
		var orders = new PeriodFacts.Orders(f.orders().fulfilled() + 1, f.orders().revenue().plus(revenue),
				f.orders().margin().plus(margin));
		long closed = f.reopens().closed() + 1;
		var reopens = new PeriodFacts.Reopens(f.reopens().reopens(), closed,
				MetricsManagement.share(f.reopens().reopens(), closed));
		return new Figures(orders, f.quotes(), f.queries(), f.csat(), f.sla(), f.handling(), reopens, f.assists());
	}

	/**
	 * The rep's average becomes the value over their answers (one when they have none); the team's average is worked
	 * out again from its sum of ratings less the rep's, to 2 places as the metrics round it.
	 */
	private static Figures @Nullable [] csat(Figures own, Figures team, BigDecimal value, String at,
			FieldChecks checks) {
		boolean ok = value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(5)) <= 0
				&& value.stripTrailingZeros().scale() <= 2;
		checks.require(ok, at + ".value", "must be a CSAT average from 1 to 5 with at most 2 decimals, got "
				+ Inputs.shortened(value.toPlainString()));
		if (!ok) {
			return null;
		}
		long responses = Math.max(1, own.csat().responses());
		BigDecimal ownSum = sum(own.csat());
		long teamResponses = team.csat().responses() - own.csat().responses() + responses;
		BigDecimal teamSum = sum(team.csat()).subtract(ownSum).add(value.multiply(BigDecimal.valueOf(responses)));
		BigDecimal teamMean = teamSum.divide(BigDecimal.valueOf(teamResponses), 2, RoundingMode.HALF_UP)
			.max(BigDecimal.ONE)
			.min(BigDecimal.valueOf(5).setScale(2));
		return new Figures[] { withCsat(own, new PeriodFacts.Csat(responses, value.setScale(2))),
				withCsat(team, new PeriodFacts.Csat(teamResponses, teamMean)) };
	}

	private static BigDecimal sum(PeriodFacts.Csat csat) {
		return csat.mean() == null ? BigDecimal.ZERO : csat.mean().multiply(BigDecimal.valueOf(csat.responses()));
	}

	private static Figures withCsat(Figures f, PeriodFacts.Csat csat) {
		return new Figures(f.orders(), f.quotes(), f.queries(), csat, f.sla(), f.handling(), f.reopens(), f.assists());
	}

	/** Assists given to colleagues: the team counts each as given and as received. */
	private static Figures @Nullable [] assist(Figures own, Figures team, BigDecimal value, String at,
			FieldChecks checks) {
		Long count = whole(value, 1, MAX_ASSISTS);
		checks.require(count != null, at + ".value", "must be a whole number from 1 to " + MAX_ASSISTS + ", got "
				+ Inputs.shortened(value.toPlainString()));
		if (count == null) {
			return null;
		}
		var ownAssists = new PeriodFacts.Assists(own.assists().given() + count, own.assists().received());
		var teamAssists = new PeriodFacts.Assists(team.assists().given() + count, team.assists().received() + count);
		return new Figures[] { withAssists(own, ownAssists), withAssists(team, teamAssists) };
	}

	private static Figures withAssists(Figures f, PeriodFacts.Assists assists) {
		return new Figures(f.orders(), f.quotes(), f.queries(), f.csat(), f.sla(), f.handling(), f.reopens(), assists);
	}

	private static Figures @Nullable [] slaMet(Figures own, Figures team, BigDecimal value, String at,
			FieldChecks checks) {
		long counted = own.sla().counted();
		Long met = whole(value, 0, counted);
		checks.require(met != null, at + ".value", "must be a whole number from 0 to " + counted
				+ " (the requests counted for your SLA this month), got " + Inputs.shortened(value.toPlainString()));
		if (met == null) {
			return null;
		}
		long teamMet = Math.max(0, Math.min(team.sla().counted(), team.sla().met() - own.sla().met() + met));
		return new Figures[] { withSla(own, new PeriodFacts.Sla(counted, met, MetricsManagement.share(met, counted))),
				withSla(team, new PeriodFacts.Sla(team.sla().counted(), teamMet,
						MetricsManagement.share(teamMet, team.sla().counted()))) };
	}

	private static Figures withSla(Figures f, PeriodFacts.Sla sla) {
		return new Figures(f.orders(), f.quotes(), f.queries(), f.csat(), sla, f.handling(), f.reopens(), f.assists());
	}

	private static @Nullable Long whole(BigDecimal value, long from, long to) {
		if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(from)) < 0
				|| value.compareTo(BigDecimal.valueOf(to)) > 0) {
			return null;
		}
		return value.longValueExact();
	}
}

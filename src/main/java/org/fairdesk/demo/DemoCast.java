package org.fairdesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fairdesk.shared.RequestKind;
import org.fairdesk.standards.NewStandard;
import org.fairdesk.work.SlaTarget;

/** The demo team's people: eight reps with different hours and start dates. Names are invented. */
final class DemoCast {

	static final String PASSWORD = "demo";

	/**
	 * {@link #PASSWORD} as BCrypt stores it, hashed once when this was written: the password is public, and hashing
	 * it at every first start cost a third of a second of the demo's start-up. DemoTests log in with it.
	 */
	static final String PASSWORD_HASH = "{bcrypt}$2a$10$SqSkTIuz9Yp9vPbBe1h6POepBQ4yW9MWjQ2klA4z1lYV/r9nfypEW";

	static final List<Member> REPS = List.of(
			new Member("rep1", "Alice Moreau", "40", LocalDate.of(2019, 3, 1)),
			new Member("rep2", "Bruno Keller", "40", LocalDate.of(2021, 6, 14)),
			new Member("rep3", "Chiara Rossi", "32", LocalDate.of(2018, 1, 8)),
			new Member("rep4", "Daniel Okafor", "40", LocalDate.of(2023, 9, 4)),
			new Member("rep5", "Elena Petrova", "24", LocalDate.of(2020, 2, 17)),
			new Member("rep6", "Farid Haddad", "40", LocalDate.of(2024, 11, 4)),
			new Member("rep7", "Greta Lindqvist", "20", LocalDate.of(2022, 4, 19)),
			new Member("rep8", "Hugo Silva", "36", LocalDate.of(2025, 8, 25)));

	/**
	 * The team's promises, in business minutes on the standard calendar (Monday–Friday 09:00–17:00): answer orders
	 * within 2 h and fulfil them within 2 days (urgent ones: 30 min and 4 h), quotes within 4 h and 5 days, queries
	 * within 1 h and a day.
	 */
	static final List<SlaTarget> SLA_TARGETS = List.of(new SlaTarget(RequestKind.ORDER, 0, 120, 960),
			new SlaTarget(RequestKind.ORDER, 5, 30, 240), new SlaTarget(RequestKind.QUOTE, 0, 240, 2400),
			new SlaTarget(RequestKind.QUERY, 0, 60, 480));

	/**
	 * The team's minimum standards (docs/standards.md), 2 months in a row each: CSAT under 3.5 with at least 3
	 * answers, SLA met under 80 % with at least 5 requests with a target, median handling time over twice the team's
	 * with at least 5 closed requests.
	 */
	static final List<NewStandard> STANDARDS = List.of(
			new NewStandard("CSAT", "BELOW", new BigDecimal("3.5"), 2, 3L, true),
			// against the team's own pace: the demo's SLA targets are tight for everyone, so a fixed 80 % would flag all
			new NewStandard("SLA_MET", "BELOW_TEAM_MULTIPLE", new BigDecimal("0.8"), 2, 5L, true),
			new NewStandard("HANDLING_MEDIAN", "ABOVE_TEAM_MULTIPLE", new BigDecimal("2"), 2, 5L, true));

	static final List<String> CUSTOMERS = List.of("Alpenblick Hotels", "Brightwater Dental", "Castello Foods",
			"Delta Logistics", "Eastgate Schools", "Fjord Marine", "Greenleaf Clinics", "Harbor Architects",
			"Iberia Textiles", "Juniper Labs", "Kestrel Insurance", "Lumen Studios", "Meridian Bank",
			"Northwind Retail", "Orchard Bakeries", "Pinecrest Offices", "Quayside Gyms", "Riverside Council",
			"Summit Legal", "Tidewater Cafes");

	/** A customer's address at the reserved example.com: "Alpenblick Hotels" writes from alpenblick.hotels@example.com. */
	static String emailOf(String customer) {
		return customer.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
	}

	static final List<String> PRODUCTS = List.of("ergonomic chairs", "standing desks", "meeting tables",
			"monitor arms", "acoustic panels", "filing cabinets", "lounge sofas", "desk lamps");

	/** The plan's first version, in force from the history's first month: the simplest team pool. */
	static final String FIRST_PLAN = """
			# Every rep on the team shares one pool: 5 % of the month's gross margin, split equally.
			name: Team margin pool
			components:
			  - type: pool
			    basis: GROSS_MARGIN
			    percent: 5
			    split: {by: EQUAL}
			""";

	/** Its second version, in force from two months before the current one: the pool follows the team's CSAT. */
	static final String PLAN = """
			# Every rep on the team shares one pool: 5 % of the month's gross margin, split equally, and more of it
			# the happier the team's customers: x 0.9 at a CSAT of 3.5 or under, rising to x 1.1 at 4.5 or over.
			name: Team margin pool
			components:
			  - type: pool
			    basis: GROSS_MARGIN
			    percent: 5
			    multipliers:
			      - metric: CSAT
			        ramp: {from: {at: 3.5, factor: 0.9}, to: {at: 4.5, factor: 1.1}}
			    split: {by: EQUAL}
			""";

	/** The reps who have not yet acknowledged the plan's second version: the manager sees them listed. */
	static final java.util.Set<String> NOT_ACKNOWLEDGED = java.util.Set.of("rep3", "rep7");

	static final String DISPUTED_RETURN = "The goods came back damaged by the carrier, not by anything we did: "
			+ "please don't take my share of that order back.";

	static final String RETURN_ANSWER = "The pool follows the margin the team kept, and that order's margin went "
			+ "back with the goods; the carrier's damage is claimed by logistics, not through pay.";

	static final String DISPUTED_SPLIT = "I covered Chiara's customers for a week on top of mine; "
			+ "an equal split doesn't show that.";

	private DemoCast() {
	}

	record Member(String username, String name, String hours, LocalDate startDate) {

		BigDecimal hoursPerWeek() {
			return new BigDecimal(hours);
		}
	}
}

package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.ReadingProblems;
import org.fairdesk.shared.StrictReading;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a facts document (docs/plans.md, "The facts document") and checks it, naming the path of every bad field
 * ({@code facts.reps[1].figures.sla.met}). It is read like a plan document ({@link StrictReading}: a member given
 * twice is refused) and, unlike the rest of the API, an unknown member is refused too: a misspelt figure must not
 * silently count as missing. Every member is required; a figure that may be absent is given as null. The one
 * exception is a rep's {@code requests} (the requests behind their figures): facts written by hand or simulated have
 * none to list, so it may be left out or null; given, it is read as strictly as the rest.
 * <p>
 * Figures derived from others (conversion, SLA met share, reopen rate) must be what the metrics module's one
 * definition makes of them ({@link MetricsManagement#share}), so that a document cannot say two things at once.
 */
final class FactsDocuments {

	private static final JsonMapper JSON = mapper(StrictReading.strictJson(JsonMapper.builder())).build();

	/** A closed month's document as stored: the same, with the request ids packed ({@link PackedRequestIds}). */
	private static final JsonMapper STORED = mapper(StrictReading.storedJson(JsonMapper.builder()))
		.addModule(new PackedRequestIds())
		.build();

	/** One rep's requests read in the middle of a stored document: what follows them is the rest of the document. */
	private static final ObjectReader STORED_REQUESTS = STORED.readerFor(PeriodFacts.Requests.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	/** Enough for a team of several thousand reps. */
	static final int MAX_LENGTH = 2_000_000;

	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(168);

	/** Request ids listed in all the reps' {@code requests} together; far more than a team's month holds. */
	static final int MAX_REQUEST_IDS = 1_000_000;

	private FactsDocuments() {
	}

	private static JsonMapper.Builder mapper(JsonMapper.Builder strict) {
		return strict.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
			.addModule(new FactsValues());
	}

	/**
	 * A facts document as JSON text, checked; a problem names its member below {@code field} ({@code facts}).
	 */
	static PeriodFacts parse(@Nullable String json, String field) {
		if (json == null || json.isBlank()) {
			throw InvalidInputException.of(field, "is required: a facts document");
		}
		if (json.length() > MAX_LENGTH) {
			throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
		}
		PeriodFacts facts;
		try {
			facts = JSON.readValue(json, PeriodFacts.class);
		}
		catch (JacksonException e) {
			InvalidInputException.FieldProblem problem = ReadingProblems.of(e, field, field, "JSON");
			throw InvalidInputException.of(problem.field(), isMissing(e)
					? "is required (every member is; give null where the document allows it)" : problem.message());
		}
		if (facts == null) {
			throw InvalidInputException.of(field, "is required: a facts document");
		}
		check(facts, field);
		return facts;
	}

	/**
	 * A facts document this application stored at a month's close, read back: neither length-limited nor checked
	 * like one sent to the API, as it was written by {@link #writeStored} (or by {@link #write}, before ids were
	 * packed). A month closed before {@code pay_period_requests} lists its requests in it (some 58 MB at 1,000,000
	 * requests); one closed since lists none, and {@code PayPeriods.storedFacts} puts them back from their rows.
	 */
	static PeriodFacts parseStored(String json) {
		return STORED.readValue(json, PeriodFacts.class);
	}

	/** One rep's requests as a close stores them in a row of their own: the object {@link #writeStored} writes. */
	static String writeStoredRequests(PeriodFacts.Requests requests) {
		return STORED.writeValueAsString(requests);
	}

	/** {@link #writeStoredRequests}'s text read back. */
	static PeriodFacts.Requests parseStoredRequests(String json) {
		return STORED.readValue(json, PeriodFacts.Requests.class);
	}

	/**
	 * One rep's requests in a stored facts document ({@link #writeStored}'s or {@link #write}'s), read without building
	 * the others' (only a rep whose lists come before their id is decoded): a rep's statement of a month closed
	 * before {@code pay_period_requests} reads its own lists, not the whole team's. Empty when the document
	 * does not list the rep; {@link PeriodFacts.Requests#NONE} when it lists them without requests.
	 */
	static Optional<PeriodFacts.Requests> storedRequestsOf(String json, RepId rep) {
		try (JsonParser parser = STORED.createParser(json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return Optional.empty();
			}
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken value = parser.nextToken();
				if (!name.equals("reps") || value != JsonToken.START_ARRAY) {
					parser.skipChildren();
					continue;
				}
				for (JsonToken each = parser.nextToken(); each == JsonToken.START_OBJECT; each = parser.nextToken()) {
					Optional<PeriodFacts.Requests> found = requestsIn(parser, rep);
					if (found.isPresent()) {
						return found;
					}
				}
			}
		}
		return Optional.empty();
	}

	/** A rep's facts, the parser at their start and left at their end: their requests if they are {@code rep}'s. */
	private static Optional<PeriodFacts.Requests> requestsIn(JsonParser parser, RepId rep) {
		Long id = null;
		PeriodFacts.Requests requests = PeriodFacts.Requests.NONE;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken value = parser.nextToken();
			boolean theirs = id == null || id == rep.value();
			if (name.equals("repId") && value == JsonToken.VALUE_NUMBER_INT) {
				id = parser.getLongValue();
			}
			else if (name.equals("requests") && theirs && value == JsonToken.START_OBJECT) {
				requests = STORED_REQUESTS.readValue(parser);
			}
			else {
				parser.skipChildren(); // another rep's lists, or a member not needed here: passed over
			}
		}
		return id != null && id == rep.value() ? Optional.of(requests) : Optional.empty();
	}

	/** Jackson says only in its message that a member is missing; FactsDocumentsTests notices if that changes. */
	private static boolean isMissing(JacksonException e) {
		return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing creator property");
	}

	/** The document as JSON text, exactly as {@code GET /api/incentives/facts} writes it. */
	static String write(PeriodFacts facts) {
		// Written as UTF-8 bytes, then read as a string: a big month's document (58.6 MB at a million requests) is
		// written about twice as fast as through Jackson's character buffers, and the string is the same.
		return new String(JSON.writeValueAsBytes(facts), java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The document as a month's close stores it: {@link #write}'s, except that each list of request ids is packed
	 * into one string ({@link PackedRequestIds}). A close stores it with no requests listed (each rep's are kept in a
	 * row of their own, {@link #writeStoredRequests}).
	 */
	static String writeStored(PeriodFacts facts) {
		return new String(STORED.writeValueAsBytes(facts), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Package-private for one test: {@link #MAX_REQUEST_IDS} cannot be reached within {@link #MAX_LENGTH}. */
	static void check(PeriodFacts facts, String field) {
		var checks = new FieldChecks();
		checks.require(facts.period() != null, field + ".period", "is required as YYYY-MM")
			.require(facts.teamId() != null && facts.teamId().value() > 0, field + ".teamId",
					"is required: a whole number above 0")
			.requireText(facts.teamName(), field + ".teamName", 200)
			.require(facts.currency() != null, field + ".currency", "is required: " + Inputs.CURRENCY_RULE)
			.require(facts.team() != null, field + ".team", "is required: the team's figures")
			.require(facts.reps() != null, field + ".reps", "is required: a list, empty for a team without reps");
		if (facts.team() != null) {
			figures(checks, facts.team(), field + ".team", facts);
		}
		Map<RepId, Integer> seen = new HashMap<>();
		List<PeriodFacts.RepFacts> reps = facts.reps() == null ? List.of() : facts.reps();
		long requestIds = 0;
		for (int i = 0; i < reps.size(); i++) {
			String path = field + ".reps[" + i + "]";
			PeriodFacts.RepFacts rep = reps.get(i);
			if (rep == null) {
				checks.require(false, path, "is empty: give the rep's facts");
				continue;
			}
			Integer earlier = rep.repId() == null ? null : seen.putIfAbsent(rep.repId(), i);
			checks.require(rep.repId() != null && rep.repId().value() > 0, path + ".repId",
					"is required: a whole number above 0")
				.require(earlier == null, path + ".repId",
						"lists rep " + rep.repId() + " a second time (also reps[" + earlier + "]): give each rep once")
				.requireText(rep.name(), path + ".name", 200)
				.require(rep.hoursPerWeek() != null && rep.hoursPerWeek().signum() >= 0
						&& rep.hoursPerWeek().compareTo(MAX_HOURS) <= 0, path + ".hoursPerWeek",
						"must be from 0 to 168 hours" + got(rep.hoursPerWeek()))
				.require(rep.startDate() != null, path + ".startDate", "is required as YYYY-MM-DD")
				.require(rep.figures() != null, path + ".figures", "is required: the rep's figures");
			presence(checks, rep, path, facts);
			if (rep.figures() != null) {
				figures(checks, rep.figures(), path + ".figures", facts);
			}
			requestIds += requests(checks, rep.requests(), path + ".requests");
		}
		checks.require(requestIds <= MAX_REQUEST_IDS, field + ".reps", "must list at most " + MAX_REQUEST_IDS
				+ " request ids in all the reps' requests together, got " + requestIds);
		checks.throwIfAny();
	}

	/**
	 * Each list of the requests behind a rep's figures is required and names each request once; only a list's first
	 * problem is reported, so that a long bad list makes one message, not thousands. Their sizes are not held to the
	 * figures' counts: a reopened request may stand behind two reopens, and invented facts may list fewer.
	 *
	 * @return how many ids the lists hold
	 */
	private static long requests(FieldChecks checks, PeriodFacts.Requests requests, String path) {
		long ids = 0;
		for (Map.Entry<String, List<UUID>> list : requests.lists().entrySet()) {
			String at = path + "." + list.getKey();
			if (list.getValue() == null) {
				checks.require(false, at, "is required: a list of request ids, empty when there are none");
				continue;
			}
			ids += list.getValue().size();
			Map<UUID, Integer> seen = new HashMap<>();
			for (int i = 0; i < list.getValue().size(); i++) {
				UUID id = list.getValue().get(i);
				Integer earlier = id == null ? null : seen.putIfAbsent(id, i);
				if (id == null || earlier != null) {
					checks.require(false, at + "[" + i + "]", id == null ? "must be a request id, got null"
							: "lists request " + id + " a second time (also [" + earlier + "]): give each request once");
					break;
				}
			}
		}
		return ids;
	}

	/** Days on the team and tenure follow from the start date, the leaving date and the month (docs/plans.md). */
	private static void presence(FieldChecks checks, PeriodFacts.RepFacts rep, String path, PeriodFacts facts) {
		if (facts.period() == null || rep.startDate() == null) {
			return;
		}
		int days = facts.period().lengthOfMonth();
		LocalDate first = facts.period().atDay(1);
		LocalDate leaving = rep.leavingDate();
		boolean started = !rep.startDate().isAfter(facts.period().atEndOfMonth());
		boolean leavingFits = leaving == null || !leaving.isBefore(rep.startDate()) && !leaving.isBefore(first);
		checks.require(started, path + ".startDate", "must be on or before the period's last day, "
				+ facts.period().atEndOfMonth() + ", got " + rep.startDate());
		checks.require(leaving == null || !leaving.isBefore(rep.startDate()), path + ".leavingDate",
				"must be on or after startDate " + rep.startDate() + " (it is the rep's last day on the team), got "
						+ leaving);
		checks.require(leaving == null || leaving.isBefore(rep.startDate()) || !leaving.isBefore(first),
				path + ".leavingDate", "must be on or after the period's first day, " + first
						+ ": a rep who left before the month is not in its facts; got " + leaving);
		checks.require(rep.daysOnTeam() >= 0 && rep.daysOnTeam() <= days, path + ".daysOnTeam",
				"must be from 0 to " + days + " (the days of " + facts.period() + "), got " + rep.daysOnTeam());
		if (started && leavingFits && rep.daysOnTeam() >= 0 && rep.daysOnTeam() <= days) {
			int present = TeamPresence.daysOnTeam(rep.startDate(), leaving, facts.period());
			checks.require(rep.daysOnTeam() == present, path + ".daysOnTeam", "must be " + present
					+ ": the days from startDate " + rep.startDate() + " to "
					+ (leaving == null ? "the period's last day"
							: "the earlier of leavingDate and the period's last day"));
		}
		int tenure = TeamPresence.tenureMonths(rep.startDate(), facts.period());
		checks.require(!started || rep.tenureMonths() == tenure, path + ".tenureMonths", "must be " + tenure
				+ ": the whole months from startDate " + rep.startDate() + " to the end of " + facts.period()
				+ ", got " + rep.tenureMonths());
	}

	private static void figures(FieldChecks checks, PeriodFacts.Figures f, String path, PeriodFacts facts) {
		String[] groups = { "orders", "quotes", "queries", "csat", "sla", "handling", "reopens", "assists" };
		Object[] values = { f.orders(), f.quotes(), f.queries(), f.csat(), f.sla(), f.handling(), f.reopens(),
				f.assists() };
		boolean complete = true;
		for (int i = 0; i < groups.length; i++) {
			checks.require(values[i] != null, path + "." + groups[i], "is required");
			complete &= values[i] != null;
		}
		if (!complete) {
			return;
		}
		count(checks, path + ".orders.fulfilled", f.orders().fulfilled());
		count(checks, path + ".quotes.sent", f.quotes().sent());
		count(checks, path + ".quotes.won", f.quotes().won());
		count(checks, path + ".quotes.lost", f.quotes().lost());
		count(checks, path + ".quotes.decided", f.quotes().decided());
		count(checks, path + ".queries.resolved", f.queries().resolved());
		count(checks, path + ".queries.escalated", f.queries().escalated());
		count(checks, path + ".csat.responses", f.csat().responses());
		count(checks, path + ".sla.counted", f.sla().counted());
		count(checks, path + ".sla.met", f.sla().met());
		count(checks, path + ".reopens.reopens", f.reopens().reopens());
		count(checks, path + ".reopens.closed", f.reopens().closed());
		count(checks, path + ".assists.given", f.assists().given());
		count(checks, path + ".assists.received", f.assists().received());
		Long median = f.handling().medianSeconds();
		checks.require(median == null || median >= 0, path + ".handling.medianSeconds",
				"must be 0 or more seconds, or null when nothing closed" + (median == null ? "" : ", got " + median));

		var quotes = f.quotes();
		checks.require(quotes.won() + quotes.lost() <= quotes.decided(), path + ".quotes.decided",
				"must be at least won + lost (" + (quotes.won() + quotes.lost()) + "), got " + quotes.decided())
			.require(quotes.sent() <= quotes.decided(), path + ".quotes.sent",
					"must be at most decided (" + quotes.decided() + "): the decided quotes that had been sent")
			.require(f.sla().met() <= f.sla().counted(), path + ".sla.met",
					"must be at most counted (" + f.sla().counted() + "), got " + f.sla().met());
		derived(checks, path + ".quotes.conversion", quotes.conversion(), quotes.won(), quotes.decided(),
				"won / decided");
		derived(checks, path + ".sla.metShare", f.sla().metShare(), f.sla().met(), f.sla().counted(),
				"met / counted");
		derived(checks, path + ".reopens.rate", f.reopens().rate(), f.reopens().reopens(), f.reopens().closed(),
				"reopens / closed");
		csat(checks, path + ".csat.mean", f.csat());

		for (Map.Entry<String, Money> amount : f.amounts().entrySet()) {
			String at = path + "." + amount.getKey();
			Money money = amount.getValue();
			checks.require(money != null, at, "is required: an amount such as {\"amount\": \"0.00\", \"currency\": \""
					+ (facts.currency() == null ? "EUR" : facts.currency().getCurrencyCode()) + "\"}");
			if (money != null && facts.currency() != null) {
				checks.require(money.currency().equals(facts.currency()), at + ".currency",
						"must be " + facts.currency().getCurrencyCode() + ", the document's currency, got "
								+ money.currency().getCurrencyCode());
			}
		}
		checks.require(f.orders().revenue() == null || !f.orders().revenue().isNegative(), path + ".orders.revenue",
				"must not be negative (a margin may be)")
			.require(quotes.wonValue() == null || !quotes.wonValue().isNegative(), path + ".quotes.wonValue",
					"must not be negative (a margin may be)");
	}

	private static void count(FieldChecks checks, String path, long value) {
		checks.require(value >= 0, path, "must be a count: 0 or more, got " + value);
	}

	/** A share must be the metrics' own: the same fraction to 4 places, and null exactly when the whole is 0. */
	private static void derived(FieldChecks checks, String path, @Nullable BigDecimal given, long part, long whole,
			String formula) {
		if (part < 0 || whole < 0) {
			return; // the counts are refused already
		}
		BigDecimal expected = MetricsManagement.share(part, whole);
		boolean same = expected == null ? given == null : given != null && given.compareTo(expected) == 0;
		checks.require(same, path, "must be " + formula + " to 4 places (docs/metrics.md): "
				+ (expected == null ? "null, as the whole is 0" : expected.toPlainString())
				+ ", got " + (given == null ? "null" : given.toPlainString()));
	}

	private static void csat(FieldChecks checks, String path, PeriodFacts.Csat csat) {
		BigDecimal mean = csat.mean();
		if (csat.responses() == 0) {
			checks.require(mean == null, path, "must be null without responses");
			return;
		}
		checks.require(mean != null && mean.compareTo(BigDecimal.ONE) >= 0 && mean.compareTo(BigDecimal.valueOf(5)) <= 0
				&& mean.stripTrailingZeros().scale() <= 2, path,
				"must be a rating from 1 to 5 with at most 2 decimals when there are responses" + got(mean));
	}

	private static String got(@Nullable BigDecimal value) {
		return value == null ? ", got null" : ", got " + Inputs.shortened(value.toPlainString());
	}
}

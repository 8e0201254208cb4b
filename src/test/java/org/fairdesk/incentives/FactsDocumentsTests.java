package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The facts document: written and read back unchanged; every bad member refused by its path, in plain words. */
class FactsDocumentsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** November 2026: Ann all month, Ben from the 16th; Ann won 1 of 2 decided quotes and met 3 of 4 SLAs. */
	static PeriodFacts november() {
		Money zero = Money.of("0", "EUR");
		var ann = new PeriodFacts.RepFacts(RepId.of(11), "Ann", new BigDecimal("40.00"), LocalDate.of(2024, 3, 15),
				null, 30, 32, new PeriodFacts.Figures(
						new PeriodFacts.Orders(3, Money.of("1500.50", "EUR"), Money.of("-20.25", "EUR")),
						new PeriodFacts.Quotes(2, 1, 1, 2, new BigDecimal("0.5000"), Money.of("800.00", "EUR"),
								Money.of("200.00", "EUR")),
						new PeriodFacts.Queries(4, 1), new PeriodFacts.Csat(3, new BigDecimal("4.33")),
						new PeriodFacts.Sla(4, 3, new BigDecimal("0.7500")), new PeriodFacts.Handling(2250L),
						new PeriodFacts.Reopens(1, 10, new BigDecimal("0.1000")), new PeriodFacts.Assists(0, 2)),
				annsRequests());
		var ben = new PeriodFacts.RepFacts(RepId.of(12), "Ben", new BigDecimal("20"), LocalDate.of(2026, 11, 16),
				null, 15, 0, SomeFacts.figures(0, zero, zero));
		return new PeriodFacts(YearMonth.of(2026, 11), TeamId.of(3), "North", java.util.Currency.getInstance("EUR"),
				ann.figures(), List.of(ann, ben));
	}

	/** The requests behind Ann's figures: 3 orders, a won and a lost quote, 4 + 1 queries, 3 answers, 1 SLA missed. */
	static PeriodFacts.Requests annsRequests() {
		return new PeriodFacts.Requests(ids(1, 2, 3), ids(4), ids(5), ids(6, 7, 8, 9), ids(10), ids(1, 4, 6), ids(2),
				ids(7), List.of());
	}

	/** November with Ann alone, these requests behind her figures. */
	private static PeriodFacts annAloneWith(PeriodFacts.Requests requests) {
		PeriodFacts facts = november();
		return new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(),
				List.of(facts.reps().get(0).withRequests(requests)));
	}

	private static List<UUID> ids(int... numbers) {
		return java.util.Arrays.stream(numbers).mapToObj(n -> new UUID(0x5eed, n)).toList();
	}

	@Test
	void aDocumentReadsBackAsItWasWritten() {
		String json = FactsDocuments.write(november());
		assertThat(FactsDocuments.parse(json, "facts")).isEqualTo(november());
		assertThat(json).contains("\"period\":\"2026-11\"", "\"startDate\":\"2024-03-15\"",
				"\"revenue\":{\"amount\":\"1500.50\",\"currency\":\"EUR\"}", "\"conversion\":0.5000",
				"\"requests\":{\"ordersFulfilled\":[\"00000000-0000-5eed-0000-000000000001\",",
				"\"assistsGiven\":[]}");
		assertThat(FactsDocuments.parse(json, "facts").reps().get(1).requests()).isEqualTo(PeriodFacts.Requests.NONE);
	}

	/** A name taken before control characters were refused stays readable in the months closed with it. */
	@Test
	void aStoredNameWithAControlCharacterReadsBackWhereTheApiRefusesIt() {
		String json = FactsDocuments.writeStored(november()).replace("\"Ann\"", "\"Ann\\u001b\"");

		assertThat(FactsDocuments.parseStored(json).reps().get(0).name()).isEqualTo("Ann\u001b");
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> FactsDocuments.parse(json, "facts"))
			.getMessage()).contains("must not contain control characters");
	}

	@Test
	void aRepsRequestsAreTheOneMemberThatMayBeLeftOut() {
		assertThat(FactsDocuments.parse(edit(n -> rep(n, 0).remove("requests")), "facts").reps().get(0).requests())
			.isEqualTo(PeriodFacts.Requests.NONE);
		assertThat(FactsDocuments.parse(edit(n -> rep(n, 0).putNull("requests")), "facts").reps().get(0).requests())
			.isEqualTo(PeriodFacts.Requests.NONE);
		assertThat(problems(edit(n -> rep(n, 0).remove("figures")))).extracting(FieldProblem::field)
			.containsExactly("facts.reps[0].figures");
	}

	@Test
	void givenRequestsAreReadStrictly() {
		assertThat(problems(edit(n -> requests(n).remove("quotesWon")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].requests.quotesWon",
					"is required (every member is; give null where the document allows it)"));
		assertThat(problems(edit(n -> requests(n).putNull("slaMissed")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].requests.slaMissed",
					"is required: a list of request ids, empty when there are none"));
		assertThat(problems(edit(n -> requests(n).putArray("wonQuotes")))).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[0].requests.wonQuotes"))
			.satisfies(p -> assertThat(p.message()).startsWith("is not a member here").contains("quotesWon"));
		assertThat(fields(edit(n -> requests(n).put("surveyed", "3")))).containsExactly("facts.reps[0].requests.surveyed");
	}

	@Test
	void eachRequestIdIsAnIdAndListedOnce() {
		assertThat(problems(edit(n -> requests(n).withArray("ordersFulfilled").set(2, "abc")))).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[0].requests.ordersFulfilled[2]"))
			.satisfies(p -> assertThat(p.message()).startsWith("must be an id such as"));
		assertThat(fields(edit(n -> requests(n).withArray("ordersFulfilled").set(1, 17))))
			.containsExactly("facts.reps[0].requests.ordersFulfilled[1]");
		assertThat(problems(edit(n -> requests(n).withArray("queriesResolved").set(3, (String) null)))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].requests.queriesResolved[3]", "must be a request id, got null"));
		assertThat(problems(edit(n -> requests(n).withArray("queriesResolved").set(3, ids(7).get(0).toString()))))
			.singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].requests.queriesResolved[3]", "lists request "
					+ ids(7).get(0) + " a second time (also [1]): give each request once"));
		assertThat(problems(edit(n -> {
			requests(n).withArray("surveyed").add(ids(1).get(0).toString()).add(ids(1).get(0).toString());
			requests(n).withArray("reopened").add(ids(1).get(0).toString());
		}))).as("one problem per list; the same request in two lists is fine").singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[0].requests.surveyed[3]"));
	}

	@Test
	void theRepsRequestIdsAreLimitedInAll() {
		// A document of at most MAX_LENGTH characters cannot hold so many ids, so the facts are made in memory.
		List<UUID> many = java.util.stream.LongStream.rangeClosed(0, FactsDocuments.MAX_REQUEST_IDS / 2)
			.mapToObj(n -> new UUID(1, n)).toList();
		PeriodFacts facts = november();
		var big = new PeriodFacts.Requests(many, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), many);
		var ann = facts.reps().get(0);
		var withMany = new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(),
				List.of(new PeriodFacts.RepFacts(ann.repId(), ann.name(), ann.hoursPerWeek(), ann.startDate(),
						ann.leavingDate(), ann.daysOnTeam(), ann.tenureMonths(), ann.figures(), big)));
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> FactsDocuments.check(withMany, "facts"));
		assertThat(e.problems()).singleElement().isEqualTo(new FieldProblem("facts.reps", "must list at most 1000000"
				+ " request ids in all the reps' requests together, got 1000002"));
	}

	@Test
	void factsStoredAtACloseAreReadBackWhateverTheirSizeWhileTheApiKeepsItsLimits() {
		// A month of 1,000,000 requests closed before pay_period_requests has a document of some 58 MB, read back.
		List<UUID> many = java.util.stream.LongStream.range(0, FactsDocuments.MAX_REQUEST_IDS / 2 + 1)
			.mapToObj(n -> new UUID(1, n)).toList();
		var big = annAloneWith(new PeriodFacts.Requests(many, List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), many));
		String stored = FactsDocuments.writeStored(big);
		assertThat(stored.length()).isGreaterThan(FactsDocuments.MAX_LENGTH);
		assertThat(FactsDocuments.parseStored(stored)).isEqualTo(big);
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> FactsDocuments.parse(stored, "facts"))
			.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("facts"));
	}

	@Test
	void aClosedMonthStoresItsRequestIdsPackedAndReadsBackEitherForm() {
		PeriodFacts facts = november();
		String stored = FactsDocuments.writeStored(facts);
		String asTheApiWritesIt = FactsDocuments.write(facts);

		assertThat(FactsDocuments.parseStored(stored)).isEqualTo(facts);
		assertThat(FactsDocuments.parseStored(asTheApiWritesIt)).as("a document stored before ids were packed")
			.isEqualTo(facts);
		// Ann's three orders: 3 ids of 16 bytes, one Base64 string; Ben has none, an empty string.
		assertThat(stored).contains("\"ordersFulfilled\":\""
				+ PackedRequestIds.pack(annsRequests().ordersFulfilled()) + "\"", "\"ordersFulfilled\":\"\"")
			.doesNotContain(annsRequests().ordersFulfilled().get(0).toString());
		assertThat(PackedRequestIds.unpack(PackedRequestIds.pack(annsRequests().queriesResolved())))
			.isEqualTo(annsRequests().queriesResolved());
		assertThat(asTheApiWritesIt).as("the API's document lists ids as text")
			.contains(annsRequests().ordersFulfilled().get(0).toString());
	}

	@Test
	void oneRepsRequestsAreReadFromAStoredDocumentWithoutTheOthers() {
		PeriodFacts facts = november();
		for (String stored : List.of(FactsDocuments.writeStored(facts), FactsDocuments.write(facts))) {
			assertThat(FactsDocuments.storedRequestsOf(stored, RepId.of(11))).contains(annsRequests());
			assertThat(FactsDocuments.storedRequestsOf(stored, RepId.of(12))).as("Ben, listed without requests")
				.contains(PeriodFacts.Requests.NONE);
			assertThat(FactsDocuments.storedRequestsOf(stored, RepId.of(13))).as("not in the month").isEmpty();
		}
		// the reps' lists written before their ids, Ann's first: each rep still gets their own
		ObjectNode node = (ObjectNode) JSON.readTree(FactsDocuments.writeStored(facts));
		for (int i = 0; i < 2; i++) {
			ObjectNode rep = (ObjectNode) node.withArray("reps").get(i);
			ObjectNode reordered = JSON.createObjectNode();
			reordered.set("requests", rep.get("requests"));
			rep.properties().forEach(e -> reordered.set(e.getKey(), e.getValue()));
			node.withArray("reps").set(i, reordered);
		}
		String reordered = JSON.writeValueAsString(node);
		assertThat(reordered.indexOf("\"requests\"")).isLessThan(reordered.indexOf("\"repId\""));
		assertThat(FactsDocuments.storedRequestsOf(reordered, RepId.of(11))).contains(annsRequests());
		assertThat(FactsDocuments.storedRequestsOf(reordered, RepId.of(12))).contains(PeriodFacts.Requests.NONE);
	}

	@Test
	void anotherRepsListsArePassedOverNotRead() {
		// Ben's lists spoilt (not whole packed ids): reading them would fail, so finding Ann's after them shows they
		// were skipped
		PeriodFacts facts = november();
		var ben = facts.reps().get(1).withRequests(annsRequests());
		var benFirst = new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(),
				List.of(ben, facts.reps().get(0)));
		String stored = FactsDocuments.writeStored(benFirst);
		String spoilt = stored.replaceFirst("\"ordersFulfilled\":\"[^\"]*\"", "\"ordersFulfilled\":\"AAAA\"");
		assertThat(spoilt).isNotEqualTo(stored);
		assertThat(FactsDocuments.storedRequestsOf(spoilt, RepId.of(11))).contains(annsRequests());
		assertThatThrownBy(() -> FactsDocuments.storedRequestsOf(spoilt, RepId.of(12)))
			.hasMessageContaining("must be packed request ids");
	}

	@Test
	void aRepListedWithoutRequestsOrWithNullHasNone() {
		ObjectNode node = (ObjectNode) JSON.readTree(FactsDocuments.writeStored(november()));
		((ObjectNode) node.withArray("reps").get(0)).putNull("requests");
		((ObjectNode) node.withArray("reps").get(1)).remove("requests");
		String json = JSON.writeValueAsString(node);
		assertThat(FactsDocuments.storedRequestsOf(json, RepId.of(11))).contains(PeriodFacts.Requests.NONE);
		assertThat(FactsDocuments.storedRequestsOf(json, RepId.of(12))).contains(PeriodFacts.Requests.NONE);
		assertThat(FactsDocuments.parseStored(json).reps())
			.allSatisfy(rep -> assertThat(rep.requests()).isEqualTo(PeriodFacts.Requests.NONE));
	}

	@Test
	void aStoredRequestsObjectMissingAListIsRefused() {
		String requests = FactsDocuments.writeStoredRequests(annsRequests());
		assertThat(FactsDocuments.parseStoredRequests(requests)).isEqualTo(annsRequests());
		assertThat(PeriodFacts.Requests.of(annsRequests().lists())).isEqualTo(annsRequests());
		String missing = requests.replaceFirst("\"quotesLost\":\"[^\"]*\",", "");
		assertThat(missing).isNotEqualTo(requests);
		assertThatThrownBy(() -> FactsDocuments.parseStoredRequests(missing)).hasMessageContaining("quotesLost");
	}

	@Test
	void packedIdsTakeLittleMoreThanHalfTheTextAtABigMonth() {
		List<UUID> many = java.util.stream.LongStream.range(0, 100_000).mapToObj(n -> UUID.randomUUID()).toList();
		var big = annAloneWith(new PeriodFacts.Requests(many, List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of()));
		String stored = FactsDocuments.writeStored(big);
		// 22 characters an id (16 bytes in Base64) against 39 ("36 characters",)
		assertThat((double) stored.length() / FactsDocuments.write(big).length()).isBetween(0.5, 0.6);
		assertThat(FactsDocuments.parseStored(stored)).isEqualTo(big);
	}

	@Test
	void aStoredListThatIsNotWholePackedIdsIsNotReadAsSomeOtherList() {
		String stored = FactsDocuments.writeStored(november());
		String packed = PackedRequestIds.pack(annsRequests().ordersFulfilled());
		String cut = stored.replace("\"ordersFulfilled\":\"" + packed + "\"",
				"\"ordersFulfilled\":\"" + PackedRequestIds.pack(List.of()) + "AAAA\"");
		assertThat(cut).isNotEqualTo(stored);
		assertThatThrownBy(() -> FactsDocuments.parseStored(cut)).hasMessageContaining("must be packed request ids")
			.hasMessageContaining("not a whole number of 16-byte request ids");
	}

	@Test
	void aMemberGivenTwiceOrUnknownIsRefused() {
		assertThat(problems(FactsDocuments.write(november()).replace("\"teamName\":\"North\"",
				"\"teamName\":\"North\",\"teamName\":\"South\"")))
			.singleElement().satisfies(p -> {
				assertThat(p.field()).isEqualTo("facts.teamName");
				assertThat(p.message()).contains("is given twice");
			});
		assertThat(problems(edit(n -> rep(n, 0).withObjectProperty("figures").withObjectProperty("csat").put("average", 4))))
			.singleElement().satisfies(p -> {
				assertThat(p.field()).isEqualTo("facts.reps[0].figures.csat.average");
				assertThat(p.message()).contains("is not a member here").contains("mean").contains("responses");
			});
		assertThat(problems(edit(n -> rep(n, 1).remove("tenureMonths")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[1].tenureMonths",
					"is required (every member is; give null where the document allows it)"));
		assertThat(fields(edit(n -> n.withObjectProperty("team").remove("handling")))).containsExactly("facts.team.handling");
		assertThat(fields(edit(n -> n.withObjectProperty("team").putNull("handling")))).containsExactly("facts.team.handling");
	}

	@Test
	void idsAreWholeNumbers() {
		assertThat(problems(edit(n -> rep(n, 1).put("repId", 12.5)))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[1].repId", "must be a whole number above 0"));
		assertThat(fields(edit(n -> n.put("teamId", 0)))).containsExactly("facts.teamId");
	}

	@Test
	void aRepListedTwiceIsRefusedAtTheSecond() {
		assertThat(problems(edit(n -> rep(n, 1).put("repId", 11)))).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("facts.reps[1].repId");
			assertThat(p.message()).contains("also reps[0]");
		});
	}

	@Test
	void negativeHoursAndCountsAreRefused() {
		assertThat(fields(edit(n -> rep(n, 0).put("hoursPerWeek", -1)))).containsExactly("facts.reps[0].hoursPerWeek");
		assertThat(fields(edit(n -> {
			rep(n, 1).withObjectProperty("figures").withObjectProperty("queries").put("escalated", -2);
			n.withObjectProperty("team").withObjectProperty("assists").put("given", -1);
		}))).containsExactly("facts.team.assists.given", "facts.reps[1].figures.queries.escalated");
	}

	@Test
	void theDatesAndDaysMustFitTheMonth() {
		assertThat(problems(edit(n -> rep(n, 1).put("startDate", "2026-12-01")))).singleElement()
			.satisfies(p -> assertThat(p).isEqualTo(new FieldProblem("facts.reps[1].startDate",
					"must be on or before the period's last day, 2026-11-30, got 2026-12-01")));
		assertThat(problems(edit(n -> rep(n, 0).put("daysOnTeam", 31)))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].daysOnTeam", "must be from 0 to 30 (the days of 2026-11), got 31"));
		assertThat(fields(edit(n -> rep(n, 0).put("daysOnTeam", -1)))).containsExactly("facts.reps[0].daysOnTeam");
		assertThat(problems(edit(n -> rep(n, 1).put("daysOnTeam", 16)))).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("must be 15: the days from startDate"));
		assertThat(fields(edit(n -> rep(n, 0).put("daysOnTeam", 0)))).as("fewer days than people's rule counts")
			.containsExactly("facts.reps[0].daysOnTeam");
		assertThat(fields(edit(n -> rep(n, 1).put("tenureMonths", 3)))).containsExactly("facts.reps[1].tenureMonths");
		assertThat(fields(edit(n -> n.put("period", "2026-13")))).containsExactly("facts.period");
	}

	@Test
	void aLeavingDateIsTheLastDayOnTheTeamAndBoundsTheDays() {
		assertThat(problems(edit(n -> rep(n, 1).put("leavingDate", "2026-11-15")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[1].leavingDate", "must be on or after startDate 2026-11-16 (it is"
					+ " the rep's last day on the team), got 2026-11-15"));
		assertThat(problems(edit(n -> rep(n, 0).put("leavingDate", "2026-10-31")))).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[0].leavingDate"))
			.satisfies(p -> assertThat(p.message()).startsWith("must be on or after the period's first day, 2026-11-01"));
		assertThat(problems(edit(n -> rep(n, 0).put("leavingDate", "2026-11-10")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].daysOnTeam", "must be 10: the days from startDate"
					+ " 2024-03-15 to the earlier of leavingDate and the period's last day"));
		assertThat(problems(edit(n -> rep(n, 0).put("leavingDate", "2026-11-10").put("daysOnTeam", 10)))).isEmpty();
		assertThat(problems(edit(n -> rep(n, 1).put("leavingDate", "2026-11-16").put("daysOnTeam", 1))))
			.as("leaving on the start date: one day").isEmpty();
		assertThat(problems(edit(n -> rep(n, 1).put("leavingDate", "10000-01-01")))).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[1].leavingDate"));
		assertThat(problems(edit(n -> rep(n, 1).remove("leavingDate")))).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("facts.reps[1].leavingDate"));
	}

	@Test
	void currenciesAndAmountsAreTheDocumentsAndExact() {
		assertThat(problems(edit(n -> n.put("currency", "EURO")))).singleElement()
			.isEqualTo(new FieldProblem("facts.currency", "must be a 3-letter ISO 4217 code such as EUR, got 'EURO'"));
		assertThat(fields(edit(n -> n.put("currency", "XXX")))).as("no currency").containsExactly("facts.currency");
		assertThat(fields(edit(n -> revenue(n).put("currency", "XYZ"))))
			.containsExactly("facts.reps[0].figures.orders.revenue.currency");
		assertThat(problems(edit(n -> revenue(n).put("currency", "USD")))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].figures.orders.revenue.currency",
					"must be EUR, the document's currency, got USD"));
		assertThat(problems(edit(n -> revenue(n).put("amount", "1500.505")))).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("facts.reps[0].figures.orders.revenue");
			assertThat(p.message()).isEqualTo("amount must have at most 2 decimals in EUR, got 1500.505");
		});
		assertThat(problems(edit(n -> revenue(n).put("amount", "1500.5")))).as("fewer decimals are exact").isEmpty();
		assertThat(fields(edit(n -> revenue(n).put("amount", "-1.00")))).containsExactly("facts.reps[0].figures.orders.revenue");
		assertThat(fields(edit(n -> n.withObjectProperty("team").withObjectProperty("quotes").put("wonMargin", "12.00"))))
			.containsExactly("facts.team.quotes.wonMargin");
	}

	@Test
	void derivedFiguresMustBeTheMetricsOwn() {
		assertThat(problems(edit(n -> rep(n, 0).withObjectProperty("figures").withObjectProperty("quotes").put("conversion", 0.9)))).singleElement()
			.isEqualTo(new FieldProblem("facts.reps[0].figures.quotes.conversion",
					"must be won / decided to 4 places (docs/metrics.md): 0.5000, got 0.9"));
		assertThat(fields(edit(n -> rep(n, 0).withObjectProperty("figures").withObjectProperty("sla").put("met", 5))))
			.containsExactly("facts.reps[0].figures.sla.met", "facts.reps[0].figures.sla.metShare");
		assertThat(fields(edit(n -> rep(n, 1).withObjectProperty("figures").withObjectProperty("csat").put("mean", 4))))
			.containsExactly("facts.reps[1].figures.csat.mean");
	}

	@Test
	void noMessageNamesAJavaType() {
		List<String> bad = List.of("[]", "{\"period\": 5}", "{\"reps\": {}}", "{\"teamId\": 1.5}",
				"{\"teamId\": \"x\"}", FactsDocuments.write(november()).replace("\"amount\":\"1500.50\"",
						"\"amount\":[]"), "{\"period\": \"2026-11\"", "");
		for (String json : bad) {
			assertThat(problems(json)).as(json).isNotEmpty().allSatisfy(p -> {
				assertThat(p.field()).startsWith("facts");
				assertThat(p.message()).doesNotContain("java.", "org.fairdesk", "PeriodFacts", "Money", "tools.jackson");
			});
		}
	}

	private static ObjectNode rep(ObjectNode facts, int i) {
		return (ObjectNode) facts.withArray("reps").get(i);
	}

	private static ObjectNode requests(ObjectNode facts) {
		return rep(facts, 0).withObjectProperty("requests");
	}

	private static ObjectNode revenue(ObjectNode facts) {
		return rep(facts, 0).withObjectProperty("figures").withObjectProperty("orders").withObjectProperty("revenue");
	}

	private static String edit(Consumer<ObjectNode> change) {
		ObjectNode node = (ObjectNode) JSON.readTree(FactsDocuments.write(november()));
		change.accept(node);
		return JSON.writeValueAsString(node);
	}

	private static List<FieldProblem> problems(String json) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> FactsDocuments.parse(json, "facts"));
		return e == null ? List.of() : e.problems();
	}

	private static List<String> fields(String json) {
		return problems(json).stream().map(FieldProblem::field).toList();
	}

}

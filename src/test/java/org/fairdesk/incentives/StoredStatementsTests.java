package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * A closed month's statement is kept naming the facts document's lists instead of repeating their ids, and reads
 * back equal to the statement stored: the rep's own figures with every request behind them, an adjustment's own ids
 * kept as they were.
 */
class StoredStatementsTests {

	private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
	private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
	private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
	private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");
	private static final UUID E = UUID.fromString("00000000-0000-0000-0000-00000000000e");

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private final PeriodFacts.Requests requests = new PeriodFacts.Requests(List.of(A, B), List.of(C), List.of(D),
			List.of(), List.of(), List.of(E), List.of(), List.of(A), List.of());

	/**
	 * A line that shows a rep's lists as they are names them without reading their ids (a kept month's are not read
	 * at all), even where an earlier list holds the same ids; a line of other ids is compared, as before.
	 */
	@Test
	void theListsALineShowsAreNamedWithoutReadingThem() {
		java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
		Map<String, List<UUID>> kept = new java.util.LinkedHashMap<>();
		requests.lists().forEach((name, ids) -> kept.put(name, ids.isEmpty() ? List.of()
				: new KeptRequestIds(ids.size(), ids.get(0), () -> {
					reads.incrementAndGet();
					return ids;
				})));
		for (String name : List.of("ordersFulfilled", "quotesWon", "quotesLost", "surveyed", "reopened")) {
			assertThat(StoredStatements.namesOf(kept.get(name), kept)).as(name).containsExactly(name);
		}
		assertThat(StoredStatements.namesOf(JoinedRequestIds.of(kept.get("quotesWon"), kept.get("quotesLost")), kept))
			.containsExactly("quotesWon", "quotesLost");
		assertThat(StoredStatements.namesOf(JoinedRequestIds.of(kept.get("quotesLost"), kept.get("quotesWon")), kept))
			.as("not in the document's order: compared").isNull();
		Map<String, List<UUID>> same = new java.util.LinkedHashMap<>(kept);
		List<UUID> missed = new KeptRequestIds(2, A, () -> {
			reads.incrementAndGet();
			return List.of(A, B);
		});
		same.put("slaMissed", missed); // the same ids as the orders fulfilled, which come first
		assertThat(StoredStatements.namesOf(missed, same)).containsExactly("slaMissed");
		assertThat(reads).as("no list read").hasValue(0);
	}

	@Test
	void aLineIsNamedOnlyWhenItsIdsAreExactlySomeListsInTheDocumentsOrder() {
		Map<String, List<UUID>> lists = requests.lists();
		assertThat(StoredStatements.namesOf(List.of(A, B), lists)).containsExactly("ordersFulfilled");
		assertThat(StoredStatements.namesOf(List.of(C, D), lists)).containsExactly("quotesWon", "quotesLost");
		assertThat(StoredStatements.namesOf(List.of(A), lists)).as("the first list that matches at its place")
			.containsExactly("reopened");
		assertThat(StoredStatements.namesOf(List.of(D, C), lists)).as("not in the lists' order").isNull();
		assertThat(StoredStatements.namesOf(List.of(A, B, E, B), lists)).as("an id no list has there").isNull();
		assertThat(StoredStatements.namesOf(List.of(B), lists)).as("part of a list").isNull();
		assertThat(StoredStatements.namesOf(List.of(), lists)).as("nothing to name").isNull();
	}

	@Test
	void aKeptStatementReadsBackEqualAndNamesTheFactsInsteadOfTheirIds() {
		Statement stored = statement(List.of(A, B), List.of(C, D), List.of(E, B));
		String kept = StoredStatements.write(stored, requests);
		assertThat(kept).contains(StoredStatements.FROM_FACTS).doesNotContain(A.toString()).doesNotContain(C.toString())
			.as("an adjustment's requests are its own").contains(E.toString());
		assertThat(StoredStatements.needsFacts(kept)).isTrue();
		assertThat(StoredStatements.read(kept, rep -> requests)).isEqualTo(stored.asStored());
	}

	@Test
	void aStatementWithoutFactsOrKeptBeforeReadsAsItAlwaysDid() {
		Statement stored = statement(List.of(A, B), List.of(C, D), List.of(E));
		String whole = StoredStatements.write(stored, null);
		assertThat(whole).doesNotContain(StoredStatements.FROM_FACTS).contains(A.toString());
		assertThat(StoredStatements.read(whole, rep -> {
			throw new AssertionError("no facts are needed");
		})).isEqualTo(stored.asStored());
		String noneToName = StoredStatements.write(statement(List.of(B), List.of(), List.of()), requests);
		assertThat(StoredStatements.needsFacts(noneToName)).isFalse();
	}

	@Test
	void aRepWithThousandsOfRequestsIsKeptWithoutThem() {
		List<UUID> many = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			many.add(new UUID(i, i));
		}
		var lots = new PeriodFacts.Requests(many, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());
		Statement stored = statement(many, List.of(), List.of());
		String kept = StoredStatements.write(stored, lots);
		assertThat(kept.length()).isLessThan(2000);
		assertThat(StoredStatements.read(kept, rep -> lots)).isEqualTo(stored.asStored());
	}

	private static Statement statement(List<UUID> orders, List<UUID> quotes, List<UUID> adjusted) {
		Money eur = Money.of(new BigDecimal("20.00"), java.util.Currency.getInstance("EUR"));
		List<StatementLine> lines = new ArrayList<>();
		lines.add(new StatementLine(StatementLine.Code.OWN_FIGURES, "facts", "Your fulfilled orders", "2 orders",
				eur, orders));
		lines.add(new StatementLine(StatementLine.Code.OWN_FIGURES, "facts", "Your quotes", "1 won", null, quotes));
		lines.add(new StatementLine(StatementLine.Code.ADJUSTMENT, "adjustment", "Correction", "+20.00", eur,
				adjusted, new StatementLine.Correction(YearMonth.of(2026, 9), StatementLine.Code.SPLIT)));
		lines.add(new StatementLine(StatementLine.Code.PAYOUT, "payout", "Payout", "the sum", eur));
		return new Statement(RepId.of(7), "Rep 7", TeamId.of(1), OCTOBER, "plan", 1, eur, lines);
	}
}

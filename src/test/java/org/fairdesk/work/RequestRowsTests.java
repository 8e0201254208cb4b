package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Test;

/**
 * A request row is read by column name: with the columns in any order, every component of the view gets its own
 * column's value. Every value differs from every other of its type, so a swap of two times or two amounts shows.
 */
class RequestRowsTests {

	private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");
	private static final UUID ID = UUID.randomUUID();
	private static final UUID ORDER = UUID.randomUUID();
	private static final UUID QUOTE = UUID.randomUUID();

	/** Each column with its SQL type and value; the test creates and selects them in a shuffled order. */
	private static final Map<String, Object[]> COLUMNS = Map.ofEntries(
			Map.entry("id", new Object[] { "uuid", ID }), Map.entry("team_id", new Object[] { "bigint", 7L }),
			Map.entry("kind", new Object[] { "varchar(8)", "QUOTE" }),
			Map.entry("customer", new Object[] { "varchar(200)", "Initech" }),
			Map.entry("subject", new Object[] { "varchar(300)", "Staplers" }),
			Map.entry("description", new Object[] { "varchar(300)", "Red ones" }),
			Map.entry("amount", new Object[] { "numeric(19, 4)", new BigDecimal("100.00") }),
			Map.entry("currency", new Object[] { "char(3)", "EUR" }),
			Map.entry("state", new Object[] { "varchar(24)", "WON" }),
			Map.entry("assignee_id", new Object[] { "bigint", 11L }),
			Map.entry("received_at", new Object[] { "timestamp with time zone", at(1) }),
			Map.entry("assigned_at", new Object[] { "timestamp with time zone", at(2) }),
			Map.entry("started_at", new Object[] { "timestamp with time zone", at(3) }),
			Map.entry("closed_at", new Object[] { "timestamp with time zone", at(4) }),
			Map.entry("outcome_value", new Object[] { "numeric(19, 4)", new BigDecimal("200.00") }),
			Map.entry("outcome_margin", new Object[] { "numeric(19, 4)", new BigDecimal("30.00") }),
			Map.entry("close_reason", new Object[] { "varchar(100)", "Signed" }),
			Map.entry("version", new Object[] { "integer", 5 }),
			Map.entry("priority", new Object[] { "integer", 3 }),
			Map.entry("required_skill", new Object[] { "varchar(50)", "de" }),
			Map.entry("first_response_at", new Object[] { "timestamp with time zone", at(5) }),
			Map.entry("handling_seconds", new Object[] { "bigint", 600L }),
			Map.entry("customer_wait_seconds", new Object[] { "bigint", 900L }),
			Map.entry("state_since", new Object[] { "timestamp with time zone", at(6) }),
			Map.entry("closed_by", new Object[] { "bigint", 12L }),
			Map.entry("reopen_count", new Object[] { "integer", 2 }),
			Map.entry("quoted_amount", new Object[] { "numeric(19, 4)", new BigDecimal("250.00") }),
			Map.entry("valid_until", new Object[] { "date", LocalDate.of(2026, 12, 24) }),
			Map.entry("linked_order_id", new Object[] { "uuid", ORDER }),
			Map.entry("quote_id", new Object[] { "uuid", QUOTE }),
			Map.entry("first_response_due_at", new Object[] { "timestamp with time zone", at(7) }),
			Map.entry("resolution_due_at", new Object[] { "timestamp with time zone", at(8) }));

	@Test
	void everyComponentReadsItsOwnColumnWhateverTheColumnsOrder() throws Exception {
		for (long seed = 0; seed < 3; seed++) {
			List<String> columns = new ArrayList<>(COLUMNS.keySet());
			Collections.shuffle(columns, new Random(seed));
			RequestView view = read(columns);

			assertThat(view).isEqualTo(new RequestView(new RequestId(ID), new TeamId(7), RequestKind.QUOTE, "Initech",
					"Staplers", "Red ones", Money.of("100.00", "EUR"), java.util.Currency.getInstance("EUR"),
					RequestState.WON, new RepId(11), T.plusSeconds(3600), T.plusSeconds(7200), T.plusSeconds(10800),
					T.plusSeconds(14400), Money.of("200.00", "EUR"), Money.of("30.00", "EUR"), "Signed", 3, "de",
					T.plusSeconds(18000), 600, 900, T.plusSeconds(21600), new RepId(12), 2, Money.of("250.00", "EUR"),
					LocalDate.of(2026, 12, 24), new RequestId(ORDER), new RequestId(QUOTE),
					new DueTimes(T.plusSeconds(25200), T.plusSeconds(28800))));
		}
	}

	private static RequestView read(List<String> columns) throws Exception {
		String table = "requests_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa",
				"")) {
			List<String> definitions = columns.stream().map(c -> c + " " + COLUMNS.get(c)[0]).toList();
			db.createStatement().execute("create table " + table + " (" + String.join(", ", definitions) + ")");
			String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
			try (PreparedStatement insert = db.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
					+ ") values (" + marks + ")")) {
				for (int i = 0; i < columns.size(); i++) {
					insert.setObject(i + 1, COLUMNS.get(columns.get(i))[1]);
				}
				insert.executeUpdate();
			}
			try (ResultSet rs = db.createStatement().executeQuery("select * from " + table)) {
				assertThat(rs.next()).isTrue();
				return Requests.view(rs);
			}
		}
	}

	private static Object at(int hours) {
		return T.plusSeconds(3600L * hours).atOffset(ZoneOffset.UTC);
	}
}

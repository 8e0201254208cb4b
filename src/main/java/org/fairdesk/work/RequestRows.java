package org.fairdesk.work;

import static java.util.Map.entry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link RequestView} from a {@code requests} row by name: each record component has a reader of its own
 * named column(s), and the view is built by matching readers to components by name, never by position. A reordered
 * select or record cannot swap two fields of the same type (received and assigned times, value and margin); a
 * component without a reader, or a reader for a component that no longer exists, fails when this class loads, so in
 * every test that reads a request.
 */
final class RequestRows {

	/** Reads one component; {@code currency} is the row's, which every amount shares. */
	@FunctionalInterface
	private interface Reader {
		@Nullable Object read(ResultSet rs, Currency currency) throws SQLException;
	}

	private static final Map<String, Reader> READERS = Map.ofEntries(
			entry("id", (rs, currency) -> new RequestId(rs.getObject("id", UUID.class))),
			entry("teamId", (rs, currency) -> new TeamId(rs.getLong("team_id"))),
			entry("kind", (rs, currency) -> RequestKind.valueOf(rs.getString("kind"))),
			entry("customer", text("customer")),
			entry("subject", text("subject")),
			entry("description", text("description")),
			entry("amount", money("amount")),
			entry("currency", (rs, currency) -> currency),
			entry("state", (rs, currency) -> RequestState.valueOf(rs.getString("state"))),
			entry("assigneeId", rep("assignee_id")),
			entry("receivedAt", instant("received_at")),
			entry("assignedAt", instant("assigned_at")),
			entry("startedAt", instant("started_at")),
			entry("closedAt", instant("closed_at")),
			entry("value", money("outcome_value")),
			entry("margin", money("outcome_margin")),
			entry("closeReason", text("close_reason")),
			entry("priority", (rs, currency) -> rs.getInt("priority")),
			entry("skill", text("required_skill")),
			entry("firstResponseAt", instant("first_response_at")),
			entry("handlingSeconds", (rs, currency) -> rs.getLong("handling_seconds")),
			entry("customerWaitSeconds", (rs, currency) -> rs.getLong("customer_wait_seconds")),
			entry("stateSince", instant("state_since")),
			entry("closedBy", rep("closed_by")),
			entry("reopenCount", (rs, currency) -> rs.getInt("reopen_count")),
			entry("quotedAmount", money("quoted_amount")),
			entry("validUntil", (rs, currency) -> rs.getObject("valid_until", LocalDate.class)),
			entry("linkedOrderId", requestId("linked_order_id")),
			entry("quoteId", requestId("quote_id")),
			entry("due", (rs, currency) -> new DueTimes(DbTime.instant(rs, "first_response_due_at"),
					DbTime.instant(rs, "resolution_due_at"))));

	/** The readers in the order of the record's components, and its canonical constructor taking them as an array. */
	private static final Reader[] IN_COMPONENT_ORDER;
	private static final MethodHandle CONSTRUCTOR;

	static {
		RecordComponent[] components = RequestView.class.getRecordComponents();
		Set<String> unread = new HashSet<>();
		IN_COMPONENT_ORDER = new Reader[components.length];
		for (int i = 0; i < components.length; i++) {
			IN_COMPONENT_ORDER[i] = READERS.get(components[i].getName());
			if (IN_COMPONENT_ORDER[i] == null) {
				unread.add(components[i].getName());
			}
		}
		Set<String> unknown = new HashSet<>(READERS.keySet());
		Arrays.stream(components).map(RecordComponent::getName).forEach(unknown::remove);
		if (!unread.isEmpty() || !unknown.isEmpty()) {
			throw new IllegalStateException("RequestRows: no reader for RequestView's " + unread
					+ "; readers for no component: " + unknown);
		}
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			CONSTRUCTOR = MethodHandles.publicLookup()
				.findConstructor(RequestView.class, MethodType.methodType(void.class, types))
				.asSpreader(Object[].class, types.length);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("RequestView has no canonical constructor", e);
		}
	}

	private RequestRows() {
	}

	static RequestView view(ResultSet rs) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		Object[] values = new Object[IN_COMPONENT_ORDER.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = IN_COMPONENT_ORDER[i].read(rs, currency);
		}
		try {
			return (RequestView) CONSTRUCTOR.invoke(values);
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException(e);
		}
	}

	private static Reader text(String column) {
		return (rs, currency) -> rs.getString(column);
	}

	private static Reader instant(String column) {
		return (rs, currency) -> DbTime.instant(rs, column);
	}

	private static Reader money(String column) {
		return (rs, currency) -> {
			BigDecimal amount = rs.getBigDecimal(column);
			return amount == null ? null : Money.of(amount, currency);
		};
	}

	private static Reader rep(String column) {
		return (rs, currency) -> rs.getObject(column) == null ? null : new RepId(rs.getLong(column));
	}

	private static Reader requestId(String column) {
		return (rs, currency) -> {
			UUID value = rs.getObject(column, UUID.class);
			return value == null ? null : new RequestId(value);
		};
	}
}

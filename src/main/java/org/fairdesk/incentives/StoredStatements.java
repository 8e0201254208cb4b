package org.fairdesk.incentives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a closed month's statement is kept in {@code pay_statements.statement}: its JSON, except that a line whose
 * requests are exactly some of the rep's stored lists (the requests behind each of the rep's own figures, kept in the
 * rep's row of {@code pay_period_requests}, or in the month's facts document if it was closed before those rows) names
 * those lists instead of repeating their ids. At a month of 1,000,000 requests every id would otherwise be stored
 * twice, once in the lists and once in a statement (issue 15's close speed).
 * <p>
 * The kept form is the statement's JSON with its lines' {@code requestIds} emptied where they are named, plus one
 * member, {@value #FROM_FACTS}: {@code [[line index, list name, …], …]}. Reading puts the ids back from the lists, so
 * a stored statement reads back equal to the one stored. A statement kept before this form (no such member) reads as
 * it always did. A line that shows some of the rep's lists as they are (the very lists, or two joined) names them;
 * any other line is named only when its ids, compared, are exactly some lists' in the document's order. Either way a
 * named line reads back the ids it had.
 */
final class StoredStatements {

	/** The member naming where each shortened line's requests are: the rep's stored lists. */
	static final String FROM_FACTS = "requestIdsFromFacts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredStatements() {
	}

	/** The statement as kept, its lines' requests named from {@code requests} where they are exactly some of them. */
	static String write(Statement statement, PeriodFacts.@Nullable Requests requests) {
		if (requests == null) {
			return JSON.writeValueAsString(statement);
		}
		Map<String, List<UUID>> lists = requests.lists();
		List<StatementLine> lines = new ArrayList<>(statement.lines().size());
		List<List<String>> named = new ArrayList<>();
		for (int i = 0; i < statement.lines().size(); i++) {
			StatementLine line = statement.lines().get(i);
			List<String> names = namesOf(line.requestIds(), lists);
			if (names == null) {
				lines.add(line);
				continue;
			}
			List<String> entry = new ArrayList<>();
			entry.add(Integer.toString(i));
			entry.addAll(names);
			named.add(entry);
			lines.add(new StatementLine(line.code(), line.rule(), line.label(), line.calculation(), line.amount(),
					List.of(), line.corrects()));
		}
		if (named.isEmpty()) {
			return JSON.writeValueAsString(statement);
		}
		ObjectNode node = JSON.valueToTree(new Statement(statement.repId(), statement.repName(), statement.teamId(),
				statement.period(), statement.planName(), statement.planVersion(), statement.payout(), lines,
				statement.provisional()));
		ArrayNode from = node.putArray(FROM_FACTS);
		for (List<String> entry : named) {
			ArrayNode e = from.addArray();
			e.add(Integer.parseInt(entry.get(0)));
			entry.subList(1, entry.size()).forEach(e::add);
		}
		return JSON.writeValueAsString(node);
	}

	/** Whether a kept statement names requests in the rep's stored lists: reading it needs them. */
	static boolean needsFacts(String kept) {
		return kept.contains("\"" + FROM_FACTS + "\"");
	}

	/**
	 * A kept statement read back (as stored, not provisional); {@code requestsOf} gives the rep's stored lists, and
	 * is asked only when the statement names them.
	 */
	static Statement read(String kept, Function<org.fairdesk.people.RepId, PeriodFacts.Requests> requestsOf) {
		if (!needsFacts(kept)) {
			return JSON.readValue(kept, Statement.class).asStored();
		}
		ObjectNode node = (ObjectNode) JSON.readTree(kept);
		JsonNode from = node.remove(FROM_FACTS);
		Statement statement = JSON.treeToValue(node, Statement.class);
		Map<String, List<UUID>> lists = requestsOf.apply(statement.repId()).lists();
		List<StatementLine> lines = new ArrayList<>(statement.lines());
		for (JsonNode entry : from) {
			int index = entry.get(0).asInt();
			List<UUID> ids = new ArrayList<>();
			for (int n = 1; n < entry.size(); n++) {
				List<UUID> list = lists.get(entry.get(n).asString());
				if (list == null) {
					throw new IllegalStateException("statement of rep " + statement.repId() + " names the list "
							+ entry.get(n) + ", which the rep's stored lists do not have");
				}
				ids.addAll(list);
			}
			StatementLine line = lines.get(index);
			lines.set(index, new StatementLine(line.code(), line.rule(), line.label(), line.calculation(),
					line.amount(), ids, line.corrects()));
		}
		return new Statement(statement.repId(), statement.repName(), statement.teamId(), statement.period(),
				statement.planName(), statement.planVersion(), statement.payout(), lines, false);
	}

	/**
	 * The names of the lists, in the facts document's order ({@link PeriodFacts.Requests#lists}), whose ids
	 * concatenated are exactly {@code ids}; null when there are none to name or no such lists (the ids are then kept
	 * as they are).
	 */
	static @Nullable List<String> namesOf(List<UUID> ids, Map<String, List<UUID>> lists) {
		if (ids.isEmpty()) {
			return null;
		}
		List<String> shown = namesOfKept(ids, lists);
		if (shown != null) {
			return shown;
		}
		List<String> names = new ArrayList<>();
		int at = 0;
		for (Map.Entry<String, List<UUID>> list : lists.entrySet()) {
			List<UUID> l = list.getValue();
			if (at == ids.size()) {
				break;
			}
			if (l.isEmpty() || l.size() > ids.size() - at || !l.get(0).equals(ids.get(at))) {
				continue;
			}
			if (ids.subList(at, at + l.size()).equals(l)) {
				names.add(list.getKey());
				at += l.size();
			}
		}
		return at == ids.size() ? names : null;
	}

	/**
	 * The names of the lists a line shows as they are (the very lists, or two joined: {@link JoinedRequestIds}), in
	 * the document's order, without comparing their ids: a rep's own figures' lines, whose lists a kept month does not
	 * read ({@link KeptRequestIds}). Null for any other line (the comparison then decides).
	 */
	private static @Nullable List<String> namesOfKept(List<UUID> ids, Map<String, List<UUID>> lists) {
		List<List<UUID>> parts = ids instanceof JoinedRequestIds joined ? joined.parts() : List.of(ids);
		List<String> names = new ArrayList<>();
		var entries = List.copyOf(lists.entrySet());
		int from = 0;
		for (List<UUID> part : parts) {
			int found = -1;
			for (int i = from; i < entries.size() && found < 0; i++) {
				if (entries.get(i).getValue() == part) {
					found = i;
				}
			}
			if (found < 0) {
				return null;
			}
			names.add(entries.get(found).getKey());
			from = found + 1;
		}
		return names;
	}
}

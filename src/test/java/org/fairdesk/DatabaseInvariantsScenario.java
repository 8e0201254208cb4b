package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fairdesk.people.Availability;
import org.fairdesk.routing.ChooserType;
import org.fairdesk.routing.RoutingAction;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.security.Role;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.Assist;
import org.fairdesk.work.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the database refuses by itself (issue 13, docs/database.md): each foreign key, check and unique key added by
 * V19 and V20 refuses a row that breaks it, while the same statement with a good value passes; and each enumerated
 * column's check lists exactly its Java enum's constants, so a constant added without a migration fails here rather
 * than in a customer's insert. Subclasses choose the database; every statement runs in a transaction that is rolled
 * back, so nothing is left behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class DatabaseInvariantsScenario {

	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired MockMvc mvc;

	/**
	 * A statement with {@code %s} where the value goes: with {@code allowed} it must pass, with {@code refused} it must
	 * fail naming {@code constraint}. Named parameters: {@code :team} (with a routing row), {@code :teamName},
	 * {@code :request} (an ORDER with a queue row), {@code :order} (another ORDER), {@code :other} (no request),
	 * {@code :otherTeam} (no routing row), {@code :rep} (a rep of the team), {@code :at}, {@code :day}.
	 */
	record Refusal(String constraint, String statement, String allowed, String refused) {

		@Override
		public String toString() {
			return constraint + ": " + refused;
		}
	}

	static Stream<Refusal> refusals() {
		String event = "insert into request_events (request_id, from_state, to_state, at) values (%s, %s, %s, :at)";
		String reopen = """
				insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at,
				                             reopened_by_user, reason) values (%s, :team, 1, %s, :at, :at, 'boss', 'back')""";
		String log = "insert into routing_assignments (request_id, rep_id, policy, action, value_percentile, assigned_at)"
				+ " values (%s, 1, 'ROUND_ROBIN', %s, %s, :at)";
		String waiting = "insert into routing_waiting (request_id, team_id, kind, priority, amount, received_at)"
				+ " values (%s, :team, %s, %s, %s, :at)";
		String arrival = "insert into arrivals (request_id, team_id, kind, received_at, priority)"
				+ " values (:other, :team, %s, :at, %s)";
		String policy = "insert into routing_policies (team_id, kind, chooser, updated_at) values (%s, 'DEFAULT', %s, :at)";
		return Stream.of(
				// work: foreign keys
				refusal("fk_request_events_request", event.formatted("%s", "'NEW'", "'ASSIGNED'"), ":request", ":other"),
				refusal("fk_request_reopens_request", reopen.formatted("%s", "'RESOLVED'"), ":request", ":other"),
				refusal("fk_request_assists_request", """
						insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status,
						                             proposed_at) values (%s, :team, 1, 2, 1, 'PROPOSED', :at)""",
						":request", ":other"),
				refusal("fk_requests_linked_order", "update requests set linked_order_id = %s where id = :request",
						":order", ":other"),
				refusal("fk_requests_quote", "update requests set quote_id = %s where id = :order", ":request",
						":other"),
				// routing: foreign keys
				refusal("fk_routing_assignments_request", log.formatted("%s", "'ASSIGN'", "null"), ":request",
						":other"),
				refusal("fk_routing_exclusions_request",
						"insert into routing_exclusions (request_id, rep_id) values (%s, 1)", ":request", ":other"),
				refusal("fk_routing_waiting_request", waiting.formatted("%s", "'ORDER'", "0", "null"), ":request",
						":other"),
				refusal("fk_routing_queue_team", "insert into routing_queue (request_id, team_id, kind, received_at)"
						+ " values (%s, 'ORDER', :at)", ":order, :team", ":other, :otherTeam"),
				refusal("fk_routing_reps_team", "insert into routing_reps (rep_id, team_id) values (%s)", "-1, :team",
						"-2, :otherTeam"), // rep ids no test's rep has (the H2 context is shared)
				refusal("fk_routing_policies_team", policy.formatted("%s", "'RANDOM'"), ":team", ":otherTeam"),
				// enumerated columns
				refusal("ck_arrivals_kind", arrival.formatted("%s", "0"), "'QUERY'", "'TICKET'"),
				refusal("ck_routing_queue_kind", "update routing_queue set kind = %s where request_id = :request",
						"'QUOTE'", "'TICKET'"),
				refusal("ck_routing_waiting_kind", waiting.formatted(":request", "%s", "0", "null"), "'QUERY'",
						"'order'"),
				refusal("ck_requests_state", "update requests set state = %s where id = :request", "'ESCALATED'",
						"'CLOSED'"),
				refusal("ck_request_events_from_state", event.formatted(":request", "%s", "'ASSIGNED'"), "'NEW'",
						"'OPEN'"),
				refusal("ck_request_events_to_state", event.formatted(":request", "'NEW'", "%s"), "'ASSIGNED'",
						"'TAKEN'"),
				refusal("ck_request_reopens_outcome", reopen.formatted(":request", "%s"), "'EXPIRED'",
						"'IN_PROGRESS'"),
				refusal("ck_routing_teams_mode", "update routing_teams set mode = %s where team_id = :team",
						"'SELF_ELECT'", "'POOL'"),
				refusal("ck_routing_policies_chooser", policy.formatted(":team", "%s"), "'VALUE_BALANCED'",
						"'FASTEST'"),
				refusal("ck_routing_assignments_action", log.formatted(":request", "%s", "null"), "'TRANSFER_IN'",
						"'STEAL'"),
				// ranges
				refusal("ck_arrivals_priority", arrival.formatted("'QUERY'", "%s"), "9", "10"),
				refusal("ck_requests_priority", "update requests set priority = %s where id = :request", "0", "-1"),
				refusal("ck_routing_queue_priority", "update routing_queue set priority = %s where request_id = :request",
						"9", "10"),
				refusal("ck_routing_waiting_priority", waiting.formatted(":request", "'ORDER'", "%s", "null"), "0",
						"-1"),
				refusal("ck_requests_amount", "update requests set amount = %s where id = :request", "0.01", "0"),
				refusal("ck_requests_outcome_value", "update requests set outcome_value = %s where id = :request", "1",
						"-5"),
				refusal("ck_requests_outcome_margin",
						"update requests set outcome_value = 100, outcome_margin = %s where id = :request", "-20",
						"100.01"),
				refusal("ck_requests_quoted_amount", "update requests set quoted_amount = %s where id = :request",
						"1", "0"),
				refusal("ck_routing_queue_amount", "update routing_queue set amount = %s where request_id = :request",
						"0.01", "-1"),
				refusal("ck_routing_waiting_amount", waiting.formatted(":request", "'ORDER'", "0", "%s"), "1", "0"),
				refusal("ck_requests_handling_seconds", "update requests set handling_seconds = %s where id = :request",
						"0", "-1"),
				refusal("ck_requests_customer_wait_seconds",
						"update requests set customer_wait_seconds = %s where id = :request", "0", "-1"),
				refusal("ck_requests_reopen_count", "update requests set reopen_count = %s where id = :request", "0",
						"-1"),
				refusal("ck_requests_version", "update requests set version = %s where id = :request", "0", "-1"),
				refusal("ck_routing_assignments_value_percentile", log.formatted(":request", "'CLAIM'", "%s"), "1",
						"1.00001"),
				// a team's skips a day run from 0 (none) to 50 (V37); RANDOM's draw count never goes below zero
				refusal("ck_routing_teams_skips_per_day",
						"update routing_teams set skips_per_day = %s where team_id = :team", "50", "51"),
				refusal("ck_routing_teams_queue_order",
						"update routing_teams set queue_order = %s where team_id = :team", "'SLA'", "'FASTEST'"),
				refusal("ck_routing_teams_skill_fallback",
						"update routing_teams set skill_fallback_minutes = %s where team_id = :team", "10080", "0"),
				refusal("ck_routing_teams_random_draws",
						"update routing_teams set random_draws = %s where team_id = :team", "0", "-1"),
				// the leaving date is the last day on the team: the start date itself is allowed, the day before not
				refusal("ck_reps_leaving_date", "insert into reps (team_id, display_name, hours_per_week, start_date,"
						+ " availability, username, leaving_date) values (:team, 'Leaver', 40, :day, 'AVAILABLE', %s)",
						"'a ' || :teamName, date '2026-12-01'", "'b ' || :teamName, date '2026-11-30'"),
				// time off is removed no earlier than it was entered (V47): removed the same moment, it never counted
				refusal("ck_rep_time_off_removed_at", "insert into rep_time_off (rep_id, first_day, last_day, entered_at,"
						+ " removed_at) values (:rep, :day, :day, :at, %s)", ":at",
						"timestamp with time zone '2026-11-16 08:59:59+00'"),
				refusal("ck_plans_version", "insert into plans (team_id, name, version, effective_from, document,"
						+ " created_at) values (:team, 'Pool', %s, :day, 'name: Pool', :at)", "1", "0"),
				// unique keys
				// a rep's employee id is unique within the team (V26): a second rep of the team with the same one
				refusal("uq_reps_team_employee_id", "insert into reps (team_id, display_name, hours_per_week, start_date,"
						+ " availability, username, employee_id) values (:team, 'Payroll', 40, :day, 'AVAILABLE', %s)",
						"'e1 ' || :teamName, 'E-1'", "'e2 ' || :teamName, 'E-1'"),
				refusal("teams_name_unique_ci", "insert into teams (name, currency, time_zone) values (%s, 'EUR', 'UTC')",
						"'Another ' || :teamName", "upper(:teamName)"));
	}

	private static Refusal refusal(String constraint, String statement, String allowed, String refused) {
		return new Refusal(constraint, statement, allowed, refused);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refusesWhatBreaksAConstraintAndTakesTheSameStatementWithAGoodValue(Refusal refusal) {
		Map<String, Object> parameters = new HashMap<>();
		transactions.executeWithoutResult(transaction -> {
			transaction.setRollbackOnly();
			parameters.putAll(fixture());
			jdbc.sql(refusal.statement().formatted(refusal.allowed())).params(parameters).update();
			assertThatThrownBy(() -> jdbc.sql(refusal.statement().formatted(refusal.refused())).params(parameters).update())
				.isInstanceOf(DataIntegrityViolationException.class)
				.satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains(refusal.constraint()));
		});
		assertThat(jdbc.sql("select count(*) from teams where name = ?").param(parameters.get("teamName"))
			.query(Long.class).single()).isZero();
	}

	/** A team with its routing row and a rep, an ORDER queued for it and another ORDER; all rolled back with the test. */
	private Map<String, Object> fixture() {
		Instant at = TestClockConfiguration.START;
		String name = "Invariants " + UUID.randomUUID();
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into teams (name, currency, time_zone) values (?, 'EUR', 'UTC')").param(name).update(key, "id");
		long team = key.getKey().longValue();
		Map<String, Object> parameters = new HashMap<>(Map.of("team", team, "teamName", name, "otherTeam",
				team + 1_000_000, "request", UUID.randomUUID(), "order", UUID.randomUUID(), "other", UUID.randomUUID(),
				"at", DbTime.of(at), "day", LocalDate.of(2026, 12, 1)));
		for (String request : List.of(":request", ":order")) {
			jdbc.sql("""
					insert into requests (id, team_id, kind, customer, subject, currency, state, received_at, state_since,
					                      version) values (%s, :team, 'ORDER', 'Initech', 'Staplers', 'EUR', 'NEW', :at, :at, 0)"""
				.formatted(request)).params(parameters).update();
		}
		jdbc.sql("insert into routing_teams (team_id) values (:team)").params(parameters).update();
		var rep = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reps (team_id, display_name, hours_per_week, start_date, availability, username)
				values (:team, 'Fixture', 40, :day, 'AVAILABLE', 'fixture ' || :teamName)""").params(parameters)
			.update(rep, "id");
		parameters.put("rep", rep.getKey().longValue());
		jdbc.sql("insert into routing_queue (request_id, team_id, kind, received_at) values (:request, :team, 'ORDER', :at)")
			.params(parameters).update();
		return parameters;
	}

	static Stream<Arguments> enumeratedColumns() {
		Set<String> kinds = names(RequestKind.values());
		Set<String> states = names(RequestState.values());
		return Stream.of(Arguments.of("arrivals", "kind", kinds), Arguments.of("requests", "kind", kinds),
				Arguments.of("rep_kind_caps", "kind", kinds), Arguments.of("sla_targets", "kind", kinds),
				Arguments.of("routing_queue", "kind", kinds), Arguments.of("routing_waiting", "kind", kinds),
				Arguments.of("routing_policies", "kind",
						Stream.concat(Stream.of("DEFAULT"), kinds.stream()).collect(Collectors.toSet())),
				Arguments.of("requests", "state", states), Arguments.of("request_events", "from_state", states),
				Arguments.of("request_events", "to_state", states),
				Arguments.of("request_reopens", "outcome", Arrays.stream(RequestState.values())
					.filter(RequestState::isClosed).map(Enum::name).collect(Collectors.toSet())),
				Arguments.of("routing_teams", "mode", names(RoutingMode.values())),
				Arguments.of("routing_teams", "queue_order", names(org.fairdesk.routing.QueueOrder.values())),
				Arguments.of("routing_policies", "chooser", names(ChooserType.values())),
				Arguments.of("routing_assignments", "action", names(RoutingAction.values())),
				Arguments.of("reps", "availability", names(Availability.values())),
				Arguments.of("users", "role", names(Role.values())),
				Arguments.of("request_assists", "status", names(Assist.Status.values())),
				// a stored month is never OPEN: no row is
				Arguments.of("pay_periods", "state", Arrays.stream(org.fairdesk.incentives.PayPeriod.State.values())
					.filter(s -> s != org.fairdesk.incentives.PayPeriod.State.OPEN).map(Enum::name)
					.collect(Collectors.toSet())),
				Arguments.of("pay_adjustments", "kind", names(org.fairdesk.incentives.Adjustment.Kind.values())),
				Arguments.of("pay_disputes", "state", names(org.fairdesk.incentives.Dispute.State.values())),
				Arguments.of("team_standards", "metric", names(org.fairdesk.standards.StandardMetric.values())),
				Arguments.of("team_standards", "comparison", names(org.fairdesk.standards.Comparison.values())),
				Arguments.of("lab_goals", "behaviour", names(org.fairdesk.lab.Behaviour.values())),
				Arguments.of("lab_goals", "indicator", names(org.fairdesk.lab.Indicator.values())),
				Arguments.of("pay_events", "event", Arrays.stream(org.fairdesk.incentives.PayPeriod.State.values())
					.filter(s -> s != org.fairdesk.incentives.PayPeriod.State.OPEN).map(Enum::name)
					.collect(Collectors.toSet())));
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("enumeratedColumns")
	void anEnumeratedColumnsCheckListsExactlyItsEnumsConstants(String table, String column, Set<String> constants) {
		Pattern mentionsColumn = Pattern.compile("\\b" + column + "\\b", Pattern.CASE_INSENSITIVE);
		List<String> lists = jdbc.sql("""
				select c.check_clause from information_schema.table_constraints t
				join information_schema.check_constraints c
				  on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name
				where lower(t.table_name) = ? and t.constraint_type = 'CHECK'""")
			.param(table)
			.query(String.class)
			.list()
			.stream()
			.filter(clause -> clause.contains("'") && mentionsColumn.matcher(clause).find())
			.toList();
		assertThat(lists).as("checks of %s.%s with a list", table, column).hasSize(1);
		assertThat(quoted(lists.get(0))).as("the values %s.%s may hold", table, column).isEqualTo(constants);
	}

	@Test
	void aTeamNameTakenInAnotherCaseIsA409NamingTheFieldWithTheMessageUsersKnow() throws Exception {
		String name = "Inside Sales " + UUID.randomUUID();
		createTeam(name).andExpect(status().isCreated());
		String shouted = name.toUpperCase(Locale.ROOT);
		createTeam(" " + shouted + " ").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("A team named " + shouted + " already exists"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("A team named " + shouted + " already exists"));
		assertThat(jdbc.sql("select count(*) from teams where lower(name) = lower(?)").param(name).query(Long.class)
			.single()).isOne();
	}

	private org.springframework.test.web.servlet.ResultActions createTeam(String name) throws Exception {
		return mvc.perform(post("/api/teams").with(httpBasic("admin", "test-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}".formatted(name)));
	}

	private static Set<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
	}

	private static Set<String> quoted(String clause) {
		Set<String> values = new java.util.HashSet<>();
		Matcher literal = Pattern.compile("'([^']*)'").matcher(clause);
		while (literal.find()) {
			values.add(literal.group(1));
		}
		return values;
	}
}

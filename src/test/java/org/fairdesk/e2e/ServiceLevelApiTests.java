package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.DueTimes;
import org.fairdesk.work.ServiceLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A manager sets a team's business hours and SLA targets over the API; a request's due times follow from them.
 * Figures by hand: Berlin, Monday to Thursday 08:00–16:00, Wednesday 18 November 2026 a holiday.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceLevelApiTests {

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired ServiceLevels levels;
	@Autowired IntakeManagement intake;
	@Autowired JdbcClient jdbc;

	@Test
	void aTeamStartsOnTheStandardCalendarAndAManagerSetsItsOwn() throws Exception {
		Team team = people.createTeam("SLA calendar", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		String path = "/api/teams/" + team.id().value() + "/calendar";
		mvc.perform(get(path).with(httpBasic("admin", "test-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standard").value(true))
			.andExpect(jsonPath("$.opens").value("09:00:00"))
			.andExpect(jsonPath("$.workDays.length()").value(5));

		send(put(path), """
				{"workDays": ["mon", "TUE", "Wednesday", "THU"], "opens": "08:00", "closes": "16:00",
				 "holidays": [{"day": "2026-11-18", "name": "Buß- und Bettag"}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standard").value(false))
			.andExpect(jsonPath("$.zone").value("Europe/Berlin"))
			.andExpect(jsonPath("$.workDays.length()").value(4))
			.andExpect(jsonPath("$.holidays[0].name").value("Buß- und Bettag"));

		send(put("/api/teams/" + team.id().value() + "/sla-targets"), """
				[{"kind": "ORDER", "priorityFrom": 0, "firstResponseMinutes": 120, "resolutionMinutes": 960},
				 {"kind": "ORDER", "priorityFrom": 5, "firstResponseMinutes": 30, "resolutionMinutes": 240}]""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));

		// Tuesday 17 Nov 15:00 Berlin (14:00Z). Priority 0: answer within 2 business hours = 1 h Tuesday, then
		// Wednesday is a holiday, so 1 h Thursday → Thursday 09:00 Berlin; resolve within 16 h = 1 h Tuesday,
		// 8 h Thursday, Friday is no working day, 7 h Monday → Monday 23 Nov 15:00 Berlin (14:00Z).
		Instant received = Instant.parse("2026-11-17T14:00:00Z");
		assertThat(levels.dueTimes(team.id(), RequestKind.ORDER, 0, received)).isEqualTo(
				new DueTimes(Instant.parse("2026-11-19T08:00:00Z"), Instant.parse("2026-11-23T14:00:00Z")));
		// Priority 7 falls under the target from 5: 30 min → Tuesday 15:30 Berlin; 4 h → 1 h Tuesday + 3 h Thursday.
		assertThat(levels.dueTimes(team.id(), RequestKind.ORDER, 7, received)).isEqualTo(
				new DueTimes(Instant.parse("2026-11-17T14:30:00Z"), Instant.parse("2026-11-19T10:00:00Z")));
		// No target for queries: nothing is due.
		assertThat(levels.dueTimes(team.id(), RequestKind.QUERY, 0, received)).isEqualTo(new DueTimes(null, null));

		// A request arriving then is stamped with its due times in the transaction that receives it.
		RequestId order = intake.receive(new NewRequest("ORDER", team.id().value(), "Acme", "Anvils", null,
				new BigDecimal("100"), "EUR", null), "test", received).requestId();
		RequestId query = intake.receive(new NewRequest("QUERY", team.id().value(), "Acme", "Where?", null, null, null,
				null), "test", received).requestId();
		assertThat(dueTimesOf(order)).isEqualTo(
				new DueTimes(Instant.parse("2026-11-19T08:00:00Z"), Instant.parse("2026-11-23T14:00:00Z")));
		assertThat(dueTimesOf(query)).isEqualTo(new DueTimes(null, null));
		mvc.perform(get("/api/requests/" + order).with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.due.resolution").value("2026-11-23T14:00:00Z"))
			.andExpect(jsonPath("$.sla").value("PENDING"));
		mvc.perform(get("/api/requests/" + query).with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.sla").value("NONE"));
	}

	/** A target of a year's minutes on the standard 40-hour week used to fail intake with a 500 (found by fuzzing). */
	@Test
	void aTargetTheCalendarCannotReachInThreeYearsSetsNoDueTimeAndTheRequestStillArrives() throws Exception {
		Team team = people.createTeam("SLA far", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		send(put("/api/teams/" + team.id().value() + "/sla-targets"), """
				[{"kind": "ORDER", "priorityFrom": 0, "firstResponseMinutes": 60, "resolutionMinutes": 527040}]""")
			.andExpect(status().isOk());
		Instant received = Instant.parse("2026-11-17T14:00:00Z");

		RequestId order = intake.receive(new NewRequest("ORDER", team.id().value(), "Acme", "Anvils", null,
				new BigDecimal("100"), "EUR", null), "test", received).requestId();

		assertThat(dueTimesOf(order)).isEqualTo(new DueTimes(Instant.parse("2026-11-17T15:00:00Z"), null));
	}

	private DueTimes dueTimesOf(RequestId id) {
		return jdbc.sql("select first_response_due_at, resolution_due_at from requests where id = ?")
			.param(id.value())
			.query((rs, row) -> new DueTimes(DbTime.instant(rs, "first_response_due_at"),
					DbTime.instant(rs, "resolution_due_at")))
			.single();
	}

	@Test
	void badCalendarsAndTargetsAreRefusedWithEveryFieldNamedAndNothingStored() throws Exception {
		Team team = people.createTeam("SLA bad input", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		String calendar = "/api/teams/" + team.id().value() + "/calendar";
		send(put(calendar), """
				{"workDays": ["Funday"], "opens": "17:00", "closes": "9 o'clock",
				 "holidays": [{"day": "2026-12-25"}, {"name": "no day"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("workDays[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("closes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("holidays[1].day")));
		send(put(calendar), "{\"workDays\": [\"MON\"], \"opens\": \"17:00\", \"closes\": \"09:00\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closes"));
		send(put(calendar), """
				{"workDays": ["MON"], "opens": "08:00", "closes": "09:00", "holidays": [{"day": "2026-12-25"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("holidays[0].name"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"));
		// Every problem at once: the reader's (a day that is none) with the calendar's (hours, a holiday's name).
		send(put(calendar), """
				{"workDays": ["MON", "FUNDAY"], "opens": "18:00", "closes": "08:00",
				 "holidays": [{"day": "2026-12-24"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("workDays[1]", "closes", "holidays[0].name")));
		// A null inside a list is named by its position, not a server error.
		send(put(calendar), """
				{"workDays": ["MON", null], "opens": "08:00", "closes": "16:00", "holidays": [null]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("workDays[1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("holidays[0]")));
		mvc.perform(get(calendar).with(httpBasic("admin", "test-admin"))).andExpect(jsonPath("$.standard").value(true));

		String targets = "/api/teams/" + team.id().value() + "/sla-targets";
		send(put(targets), """
				[{"kind": "PIZZA", "priorityFrom": 0, "resolutionMinutes": 60},
				 {"kind": "ORDER", "priorityFrom": 12, "firstResponseMinutes": 0},
				 {"kind": "QUERY", "priorityFrom": 0},
				 {"kind": "QUOTE", "priorityFrom": 1, "resolutionMinutes": 60},
				 {"kind": "QUOTE", "priorityFrom": 1, "resolutionMinutes": 90}]""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("targets[0].kind")));
		send(put(targets), """
				[{"kind": "ORDER", "priorityFrom": 12, "firstResponseMinutes": 0},
				 {"kind": "QUERY", "priorityFrom": 0},
				 {"kind": "QUOTE", "priorityFrom": 1, "resolutionMinutes": 60},
				 {"kind": "QUOTE", "priorityFrom": 1, "resolutionMinutes": 90}]""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("targets[0].priorityFrom")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("targets[0].firstResponseMinutes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("targets[1].resolutionMinutes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("targets[3].priorityFrom")));
		send(put(targets), """
				[{"kind": "PARCEL", "priorityFrom": 10, "firstResponseMinutes": 0},
				 {"kind": "ORDER", "priorityFrom": 0}]""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("targets[0].kind", "targets[0].priorityFrom",
					"targets[0].firstResponseMinutes", "targets[1].resolutionMinutes")))
			.andExpect(jsonPath("$.errors[0].message").value("must be ORDER, QUOTE or QUERY, got PARCEL"));
		send(put(targets), "[{\"kind\": \"ORDER\", \"priorityFrom\": 0}, {\"kind\": \"ORDER\", \"priorityFrom\": 1.5}]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targets[1].priorityFrom"))
			.andExpect(jsonPath("$.detail").value("targets[1].priorityFrom: must be a whole number, got 1.5"));
		send(put(targets), "[{\"kind\": \"ORDER\", \"priorityFrom\": 0, \"resolutionMinutes\": 60}, null]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targets[1]"));
		// The whole list is named as its members are: an object where the list belongs, or no list at all.
		send(put(targets), "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targets"));
		send(put(targets), "null")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targets"));
		mvc.perform(get(targets).with(httpBasic("admin", "test-admin"))).andExpect(jsonPath("$.length()").value(0));
		send(put("/api/teams/999999/sla-targets"), "[]").andExpect(status().isNotFound());
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "test-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}

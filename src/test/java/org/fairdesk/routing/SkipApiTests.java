package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Skips and the waiting list through the API (docs/routing.md#skips): each refusal is problem+json naming why,
 * with the status api.md gives, and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SkipApiTests {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final RequestPostProcessor MANAGER = user("boss").roles("MANAGER");

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired RoutingManagement routing;
	@Autowired RoutingAdministration administration;
	@Autowired WorkManagement work;
	@Autowired MutableClock clock;

	Team team;
	Rep rep;

	@BeforeEach
	void aPullTeamWithOneRep() {
		clock.set(TestClockConfiguration.START);
		String prefix = "sk" + TEAMS.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		team = people.createTeam("Skips " + prefix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), prefix + "rep", "Rep " + prefix, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		administration.setMode(team.id(), RoutingMode.PULL, clock.instant());
	}

	@Test
	void aPullRepGets403ForTheWaitingListAndAManagerSeesItWithAmounts() throws Exception {
		order("4200");
		mvc.perform(get("/api/routing/open").with(asRep()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("managers only")));
		mvc.perform(get("/api/routing/teams/" + team.id().value() + "/waiting").with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].amount.amount").value(java.math.BigDecimal.valueOf(4200).setScale(2).toPlainString()))
			.andExpect(jsonPath("$[0].amount.currency").value(team.currency().getCurrencyCode()));
		mvc.perform(get("/api/routing/teams/" + team.id().value() + "/waiting").with(asRep()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSkipWithAnUnlistedReasonIs400OverTheLimitOrStarted409AndNothingIsStored() throws Exception {
		mvc.perform(put("/api/routing/teams/" + team.id().value() + "/skips").with(MANAGER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": [\"language\"], \"perDay\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skips.reasons[0]").value("language"))
			.andExpect(jsonPath("$.skips.perDay").value(1));
		mvc.perform(put("/api/routing/teams/" + team.id().value() + "/skips").with(MANAGER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": [], \"perDay\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("perDay", "reasons")));
		mvc.perform(put("/api/routing/teams/" + team.id().value() + "/skips").with(MANAGER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reasons\": [\"tab\\there\", \"a\\u2028b\"], \"perDay\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("reasons[0]",
					"reasons[1]")));
		order("100");
		order("200");
		RequestId first = routing.next(rep.id(), clock.instant()).orElseThrow();

		skip(first, "too small").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("language")));
		skip(first, "Language").andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(true));
		RequestId second = routing.next(rep.id(), clock.instant()).orElseThrow();
		skip(second, "language").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("the team's limit of 1 a day")));
		work.transition(second, rep.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		skip(second, "language").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already IN_PROGRESS")));
		assertThat(work.request(second).assigneeId()).isEqualTo(rep.id());
		assertThat(work.request(second).state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(administration.fairness(team.id(), java.time.YearMonth.of(2026, 11)).skips()).isEqualTo(1);
		// the fairness figures send their amounts as money everywhere else is sent: amount and currency
		mvc.perform(get("/api/routing/teams/" + team.id().value() + "/fairness").param("period", "2026-11")
			.with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skips").value(1))
			.andExpect(jsonPath("$.skippedValue.amount").value("100.00"))
			.andExpect(jsonPath("$.skippedValue.currency").value("EUR"))
			.andExpect(jsonPath("$.assignedValue.currency").value("EUR"))
			.andExpect(jsonPath("$.reps[0].skippedValue.amount").value("100.00"))
			.andExpect(jsonPath("$.reps[0].assignedValue.currency").value("EUR"));
	}

	private org.springframework.test.web.servlet.ResultActions skip(RequestId id, String reason) throws Exception {
		return mvc.perform(post("/api/routing/hand-backs").with(asRep()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\": \"%s\", \"reason\": \"%s\", \"skip\": true}".formatted(id, reason)));
	}

	private RequestId order(String amount) {
		RequestId id = intake.receive(new NewRequest("ORDER", team.id().value(), "Acme", "Desks", null,
				new BigDecimal(amount), "EUR", null), "test", clock.instant()).requestId();
		clock.advance(java.time.Duration.ofMinutes(1));
		return id;
	}

	private RequestPostProcessor asRep() {
		return user(rep.username()).roles("REP");
	}
}

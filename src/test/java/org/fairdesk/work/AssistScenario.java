package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.routing.ChooserType;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Assists end to end: either side proposes, only the other confirms, nobody assists themselves. Runs on H2 and
 * PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class AssistScenario {

	private static final AtomicInteger TEAMS = new AtomicInteger();

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired IntakeManagement intake;
	@Autowired RoutingAdministration administration;
	@Autowired RoutingManagement routing;
	@Autowired Assists assists;

	Team team;
	Rep owner;
	Rep helper;
	Rep other;
	RequestId request;

	@BeforeEach
	void aRequestWithItsRep() {
		int n = TEAMS.incrementAndGet();
		team = people.createTeam("Assists " + n + "x" + System.nanoTime() % 10_000, Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		owner = rep("a" + n + "owner");
		helper = rep("a" + n + "helper");
		other = rep("a" + n + "other");
		// A manager assigns by hand, so routing's own listener never races the assignment below.
		administration.setPolicy(team.id(), null, ChooserType.MANAGER, null, "boss", TestClockConfiguration.START);
		request = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", "TPS reports", null, null, null,
				null), "test", TestClockConfiguration.START).requestId();
		routing.assignByManager(request, owner.id(), false, null, "boss", TestClockConfiguration.START);
	}

	@Test
	void theRepProposesTheHelperConfirmsAndOnlyThenItIsCredited() throws Exception {
		String created = as(owner, post(path()), "{\"repId\": " + helper.id() + ", \"note\": \"checked the stock\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn().getResponse().getContentAsString();
		Integer id = JsonPath.read(created, "$.id");

		as(owner, post(path() + "/" + id + "/confirm"), "").andExpect(status().isForbidden());
		as(other, post(path() + "/" + id + "/confirm"), "").andExpect(status().isForbidden());
		as(helper, post(path() + "/" + id + "/confirm"), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.decidedAt").isNotEmpty());
		as(helper, post(path() + "/" + id + "/decline"), "").andExpect(status().isConflict());
		as(owner, post(path()), "{\"repId\": " + helper.id() + "}").andExpect(status().isConflict());

		mvc.perform(get(path()).with(httpBasic(other.username(), "pw-long-enough"))).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get(path()).with(httpBasic(helper.username(), "pw-long-enough")))
			.andExpect(jsonPath("$[0].note").value("checked the stock"));
	}

	/** Naming oneself a colleague's helper opens nothing; being named by the request's rep opens the request. */
	@Test
	void aRepWhoProposesThemselvesAsHelperDoesNotGetToReadTheRequest() throws Exception {
		String request = "/api/requests/" + this.request.value();
		mvc.perform(get(request).with(httpBasic(other.username(), "pw-long-enough"))).andExpect(status().isForbidden());
		as(other, post(path()), "{}").andExpect(status().isCreated());
		mvc.perform(get(request).with(httpBasic(other.username(), "pw-long-enough"))).andExpect(status().isForbidden());
		as(owner, post(path()), "{\"repId\": " + helper.id() + "}").andExpect(status().isCreated());
		mvc.perform(get(request).with(httpBasic(helper.username(), "pw-long-enough"))).andExpect(status().isOk());
	}

	@Test
	void theHelperProposesTheRepDeclinesAndItMayBeProposedAgain() {
		Assist proposed = assists.propose(request, helper.id(), null, "  ", TestClockConfiguration.START);
		assertThat(proposed.owner()).isEqualTo(owner.id());
		assertThat(proposed.answerer()).isEqualTo(owner.id());
		assertThat(proposed.note()).isNull();
		assertThatThrownBy(() -> assists.confirm(request, proposed.id(), helper.id(), TestClockConfiguration.START))
			.isInstanceOf(ForbiddenException.class);
		assertThat(assists.decline(request, proposed.id(), owner.id(), TestClockConfiguration.START).status())
			.isEqualTo(Assist.Status.DECLINED);

		Assist again = assists.propose(request, owner.id(), helper.id(), "on reflection, yes", TestClockConfiguration.START);
		assertThat(again.id()).isEqualTo(proposed.id());
		assertThat(again.status()).isEqualTo(Assist.Status.PROPOSED);
		assertThat(again.answerer()).isEqualTo(helper.id());
	}

	@Test
	void nobodyAssistsThemselvesAndBadProposalsStoreNothing() throws Exception {
		as(owner, post(path()), "{\"repId\": " + owner.id() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("repId"));
		as(owner, post(path()), "{}").andExpect(status().isBadRequest());
		as(owner, post(path()), "{\"repId\": " + helper.id() + ", \"note\": \"" + "x".repeat(501) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		as(owner, post(path()), "{\"repId\": 999999}").andExpect(status().isNotFound());
		as(other, post(path()), "{\"repId\": " + helper.id() + "}").andExpect(status().isForbidden());
		Team elsewhere = people.createTeam("Elsewhere " + System.nanoTime() % 10_000, Currency.getInstance("EUR"),
				ZoneId.of("UTC"));
		Rep stranger = people.addRep(new NewRep(elsewhere.id(), "s" + System.nanoTime() % 100_000, "Stranger",
				BigDecimal.TEN, LocalDate.of(2024, 1, 1)));
		assertThatThrownBy(() -> assists.propose(request, owner.id(), stranger.id(), null, TestClockConfiguration.START))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> assists.propose(request, owner.id(), null, null, TestClockConfiguration.START))
			.isInstanceOf(InvalidInputException.class);
		assertThat(assists.of(request)).isEmpty();
	}

	private String path() {
		return "/api/requests/" + request + "/assists";
	}

	private ResultActions as(Rep rep, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder call,
			String json) throws Exception {
		return mvc.perform(call.with(httpBasic(rep.username(), "pw-long-enough"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.isEmpty() ? "{}" : json));
	}

	private Rep rep(String username) {
		accounts.create(username, "pw-long-enough", Role.REP);
		return people.addRep(new NewRep(team.id(), username, username, new BigDecimal("40"), LocalDate.of(2024, 1, 1)));
	}
}

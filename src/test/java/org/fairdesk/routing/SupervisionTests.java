package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
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
 * The supervisor's live view and the routing log (docs/routing.md): what waits, who is in which status and for how
 * long, a manager setting a rep's availability with a reason the rep reads, and the log filtered and paged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SupervisionTests {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final RequestPostProcessor MANAGER = user("boss").roles("MANAGER");

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired RoutingManagement routing;
	@Autowired RoutingAdministration administration;
	@Autowired MutableClock clock;
	@Autowired WorkManagement work;

	Team team;
	String prefix;
	Rep ann;
	Rep bo;

	@BeforeEach
	void aPullTeamWithTwoReps() {
		prefix = "sv" + TEAMS.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		team = people.createTeam("Live " + prefix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		administration.setMode(team.id(), RoutingMode.PULL, clock.instant());
		ann = rep("Ann");
		bo = rep("Bo");
	}

	@Test
	void theLiveViewShowsWhatWaitsAndEachRepsStatusAndTimeInIt() throws Exception {
		order("Acme", "40 chairs", "1200");
		clock.advance(Duration.ofMinutes(1));
		order("Bolt", "2 desks", "300");
		clock.advance(Duration.ofMinutes(-1));
		mvc.perform(put("/api/reps/" + bo.id().value() + "/availability").with(MANAGER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"OVERLOADED\", \"reason\": \"covering the phones\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.availability").value("OVERLOADED"));
		clock.advance(Duration.ofMinutes(30));
		people.setCaps(ann.id(), 4, java.util.Map.of(org.fairdesk.shared.RequestKind.ORDER, 2));

		mvc.perform(get("/api/routing/live?teamId=" + team.id().value()).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reps[?(@.name == '" + ann.displayName() + "')].wipCap").value(4))
			.andExpect(jsonPath("$.reps[?(@.name == '" + ann.displayName() + "')].kindCaps[0].kind").value("ORDER"))
			.andExpect(jsonPath("$.reps[?(@.name == '" + ann.displayName() + "')].kindCaps[0].load").value(0))
			.andExpect(jsonPath("$.reps[?(@.name == '" + ann.displayName() + "')].kindCaps[0].cap").value(2))
			.andExpect(jsonPath("$.reps[?(@.name == '" + bo.displayName() + "')].kindCaps.length()").value(0))
			.andExpect(jsonPath("$.kinds[0].kind").value("ORDER"))
			.andExpect(jsonPath("$.kinds[0].waiting").value(2))
			.andExpect(jsonPath("$.waiting.length()").value(2))
			.andExpect(jsonPath("$.waiting[0].customer").value("Acme"))
			.andExpect(jsonPath("$.waiting[0].ageSeconds").value(1800))
			.andExpect(jsonPath("$.reps[?(@.name == '" + bo.displayName() + "')].availability").value("OVERLOADED"))
			.andExpect(jsonPath("$.reps[?(@.name == '" + bo.displayName() + "')].secondsToday.OVERLOADED")
				.value(1800));
		mvc.perform(get("/routing/live?team=" + team.id().value()).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acme: 40 chairs")))
			.andExpect(content().string(containsString("OVERLOADED 30 min")))
			.andExpect(content().string(containsString(" · ORDER 0 / 2")));
		mvc.perform(get("/work").with(user(bo.username()).roles("REP")))
			.andExpect(content().string(matchesPattern(
					"(?s).*Your availability was set to OVERLOADED by boss at \\d\\d:\\d\\d: covering the phones.*")));
		// once the rep has changed it themselves, the notice would contradict what they chose
		clock.advance(Duration.ofMinutes(5));
		people.changeAvailability(bo.id(), org.fairdesk.people.Availability.AVAILABLE);
		mvc.perform(get("/work").with(user(bo.username()).roles("REP")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Your availability was set"))));
	}

	/** A rep added this morning spent no time in any status before they were added, not the night since midnight. */
	@Test
	void aRepAddedTodayCountsTheirTimeInStatusFromWhenTheyWereAdded() throws Exception {
		Rep cy = rep("Cy");
		clock.advance(Duration.ofMinutes(30));
		mvc.perform(get("/api/routing/live?teamId=" + team.id().value()).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reps[?(@.name == '" + cy.displayName() + "')].secondsToday.AVAILABLE").value(1800));
	}

	@Test
	void onlyAManagerSetsARepsAvailabilityAndMustSayWhy() throws Exception {
		String url = "/api/reps/" + bo.id().value() + "/availability";
		mvc.perform(put(url).with(user(ann.username()).roles("REP")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"AWAY\", \"reason\": \"lunch\"}")).andExpect(status().isForbidden());
		mvc.perform(put(url).with(MANAGER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"AWAY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(put(url).with(MANAGER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"ASLEEP\", \"reason\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("availability"));
		mvc.perform(post("/routing/live/availability").with(MANAGER).with(csrf())
			.param("team", String.valueOf(team.id().value())).param("rep", String.valueOf(bo.id().value()))
			.param("availability", "AWAY").param("reason", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(people.rep(bo.id()).availability()).isEqualTo(Availability.AVAILABLE);
		assertThat(people.availabilityChanges(team.id(), clock.instant().minus(Duration.ofDays(1)))).isEmpty();
	}

	@Autowired org.fairdesk.security.UserAccounts accounts;

	/**
	 * Issue 17's bad input: an availability change by someone who is not the rep's manager is refused, naming why,
	 * and nothing stored. Once an administrator lists the team's managers, another team's manager is refused on the
	 * API and on the pages, for availability and for the rep's routing settings alike.
	 */
	@Test
	void onceATeamListsItsManagersAnotherTeamsManagerMayNotChangeItsReps() throws Exception {
		String mara = prefix + "mara";
		String otto = prefix + "otto";
		accounts.create(mara, "long-enough-1", org.fairdesk.security.Role.MANAGER);
		accounts.create(otto, "long-enough-2", org.fairdesk.security.Role.MANAGER);
		String managers = "/api/teams/" + team.id().value() + "/managers";
		RequestPostProcessor admin = user("root").roles("ADMIN");
		mvc.perform(get(managers).with(MANAGER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.managers.length()").value(0)).andExpect(jsonPath("$.everyManager").value(true));
		mvc.perform(put(managers).with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"managers\": [\"nobody\", \"%s\", \"%s\", \"\", \"%s\"]}".formatted(mara, mara, ann.username())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("managers[0]", "managers[2]",
					"managers[3]", "managers[4]")));
		mvc.perform(put(managers).with(MANAGER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"managers\": [\"%s\"]}".formatted(mara))).andExpect(status().isForbidden());
		mvc.perform(get(managers).with(MANAGER)).andExpect(jsonPath("$.everyManager").value(true));
		mvc.perform(put(managers).with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"managers\": [\"%s\"]}".formatted(mara)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.managers[0]").value(mara))
			.andExpect(jsonPath("$.everyManager").value(false));

		String availability = "/api/reps/" + bo.id().value() + "/availability";
		String away = "{\"availability\": \"AWAY\", \"reason\": \"lunch\"}";
		mvc.perform(put(availability).with(user(otto).roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content(away))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Only the managers of team " + team.name() + " ("
					+ mara + ") and administrators may set its reps' availability; " + otto + " is not one of them")));
		mvc.perform(post("/routing/live/availability").with(user(otto).roles("MANAGER")).with(csrf())
			.param("team", String.valueOf(team.id().value())).param("rep", String.valueOf(bo.id().value()))
			.param("availability", "AWAY").param("reason", "lunch"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", containsString("Only the managers of team")));
		mvc.perform(put("/api/reps/" + bo.id().value() + "/caps").with(user(otto).roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"wipCap\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reps/" + bo.id().value() + "/routing/skills").with(user(otto).roles("MANAGER"))
			.with(csrf()).param("skills", "german"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", containsString("Not saved: Only the managers of team")));
		// the team's routing and its manual assignments alike
		mvc.perform(put("/api/routing/teams/" + team.id().value() + "/mode").with(user(otto).roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"PUSH\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may change its routing")));
		mvc.perform(post("/routing/mode").with(user(otto).roles("MANAGER")).with(csrf())
			.param("team", String.valueOf(team.id().value())).param("mode", "PUSH"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", containsString("may change its routing")));
		RequestId waiting = order("Acme", "2 desks", "300");
		mvc.perform(post("/api/routing/assignments").with(user(otto).roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\": \"%s\", \"repId\": %d}".formatted(waiting.value(), bo.id().value())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may assign its requests by hand")));
		assertThat(administration.settings(team.id()).mode()).isEqualTo(RoutingMode.PULL);
		assertThat(work.request(waiting).assigneeId()).isNull();
		assertThat(people.rep(bo.id()).availability()).isEqualTo(Availability.AVAILABLE);
		assertThat(people.availabilityChanges(team.id(), clock.instant().minus(Duration.ofDays(1)))).isEmpty();
		assertThat(people.routingProfile(bo.id(), LocalDate.of(2026, 11, 16)).skills()).isEmpty();
		for (String path : List.of("/api/routing/assignments", "/api/routing/reassignments")) {
			mvc.perform(post(path).with(user(mara).roles("MANAGER")).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("requestId", "repId")));
		}
		mvc.perform(post("/api/routing/assignments").with(user(mara).roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\": \"%s\", \"repId\": %d}".formatted(waiting.value(), bo.id().value())))
			.andExpect(status().isOk());

		mvc.perform(put(availability).with(user(mara).roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content(away)).andExpect(status().isOk());
		mvc.perform(put(availability).with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"AVAILABLE\", \"reason\": \"back\"}")).andExpect(status().isOk());
		mvc.perform(put(managers).with(admin).contentType(MediaType.APPLICATION_JSON).content("{\"managers\": []}"))
			.andExpect(jsonPath("$.everyManager").value(true));
		mvc.perform(put(availability).with(user(otto).roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content(away)).andExpect(status().isOk());
	}

	@Test
	void theLogListsEveryMoveNewestFirstFilteredAndPaged() throws Exception {
		order("Acme", "40 chairs", "1200");
		order("Bolt", "2 desks", "300");
		RequestId first = routing.next(ann.id(), clock.instant()).orElseThrow();
		clock.advance(Duration.ofMinutes(5));
		// Started, so giving it back is a hand-back with a free reason, not a skip from the team's list.
		work.transition(first, ann.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		routing.handBack(ann.id(), first, "needs a German speaker", false, clock.instant());

		String log = "/api/routing/log?teamId=" + team.id().value();
		mvc.perform(get(log).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].action").value("HAND_BACK"))
			.andExpect(jsonPath("$.entries[0].reason").value("needs a German speaker"))
			.andExpect(jsonPath("$.entries[1].action").value("NEXT"))
			.andExpect(jsonPath("$.hasMore").value(false));
		mvc.perform(get(log + "&action=next&rep=" + ann.id().value()).with(MANAGER))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].action").value("NEXT"));
		mvc.perform(get(log + "&size=1").with(MANAGER))
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.hasMore").value(true));
		mvc.perform(get(log + "&from=2026-11-17").with(MANAGER)).andExpect(jsonPath("$.entries.length()").value(0));
		mvc.perform(get(log + "&from=2026-13-01&page=-1&rep=999999999&action=STEAL").with(MANAGER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[?(@.field == 'from')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'page')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'rep')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'action')]").exists());
		mvc.perform(get(log).with(user(ann.username()).roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(get("/routing/log?team=" + team.id().value() + "&action=HAND_BACK").with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("needs a German speaker")));
		mvc.perform(get("/routing/log?team=" + team.id().value() + "&to=tomorrow").with(MANAGER))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("to: ")));
		mvc.perform(get("/api/routing/live?teamId=" + team.id().value()).with(MANAGER))
			.andExpect(jsonPath("$.lastHour[0].action").value("HAND_BACK"));
	}

	private Rep rep(String name) {
		return people.addRep(new NewRep(team.id(), prefix + name.toLowerCase(), name + " " + prefix,
				BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
	}

	private RequestId order(String customer, String subject, String amount) {
		return intake.receive(new NewRequest("ORDER", team.id().value(), customer, subject, null,
				new BigDecimal(amount), "EUR", null), "test", clock.instant()).requestId();
	}
}

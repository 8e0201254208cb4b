package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.RequestKind;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The routing pages: a rep's “My work” in each mode (next request, claim, hand back, skip) and the manager's
 * routing page (mode, choosers, each rep's load and eligibility, the preview, fairness, manual assignment).
 * Each test makes its own team; the test clock stands on Monday 16 November 2026, 10:00 in Berlin.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class RoutingPagesTests {

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
	String prefix;

	@BeforeEach
	void aFreshTeam() {
		prefix = "ui" + TEAMS.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		team = people.createTeam("Pages " + prefix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
	}

	@Test
	void aPullRepPressesNextRequestAndGetsOneWithoutSeeingTheQueue() throws Exception {
		mode(RoutingMode.PULL);
		Rep paul = rep("Paul");
		RequestId id = order("Initech", "Ten chairs", "700");

		mvc.perform(get("/work").with(as(paul)))
			.andExpect(status().isOk())
			.andExpect(view().name("routing/my-work"))
			.andExpect(content().string(allOf(containsString("Next request"), not(containsString("Ten chairs")),
					not(containsString("Claim")))));
		mvc.perform(post("/work/next").with(as(paul)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("notice", containsString("You got a new ORDER: Initech – Ten chairs")));
		assertThat(work.request(id).assigneeId()).isEqualTo(paul.id());
		mvc.perform(get("/work").with(as(paul)))
			.andExpect(content().string(allOf(containsString("Ten chairs"), containsString("Skip…"),
					containsString(">Skip<"), containsString("<option value=\"missing skill\">missing skill</option>"),
					containsString("at most 3 a day"), not(containsString(">Hand back<")))));
	}

	/** Audit of issue 17: the hint beside "Next request" says the team's actual queue order. */
	@Test
	void myWorkSaysWhichRequestNextServesInTheTeamsQueueOrder() throws Exception {
		mode(RoutingMode.PULL);
		Rep quinn = rep("Quinn");
		mvc.perform(get("/work").with(as(quinn)))
			.andExpect(content().string(allOf(containsString("the most urgent, oldest one you may take"),
					not(containsString("SLA is most at risk")))));
		administration.setQueueOrder(team.id(), QueueOrder.SLA);
		mvc.perform(get("/work").with(as(quinn)))
			.andExpect(content().string(allOf(containsString("whose SLA is most at risk (due first)"),
					not(containsString("the most urgent, oldest one you may take")))));
	}

	@Test
	void nothingWaitingSaysSo() throws Exception {
		mode(RoutingMode.PULL);
		Rep nina = rep("Nina");
		mvc.perform(post("/work/next").with(as(nina)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("notice", containsString("Nothing waiting that you can take")));
	}

	@Test
	void anOverloadedRepIsToldWhyTheyGetNothing() throws Exception {
		mode(RoutingMode.PULL);
		Rep olga = rep("Olga");
		RequestId id = order("Globex", "Lamps", "300");
		people.changeAvailability(olga.id(), Availability.OVERLOADED);

		MvcResult result = mvc.perform(post("/work/next").with(as(olga)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("failure", containsString("You cannot take new work: you are OVERLOADED")))
			.andReturn();
		assertThat(work.request(id).assigneeId()).isNull();
		mvc.perform(get("/work").with(as(olga)).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(allOf(containsString("you are OVERLOADED"),
					containsString("You are: Overloaded: nothing new."))));
	}

	@Test
	void aRepTransfersARequestToAColleagueFromMyWork() throws Exception {
		administration.setPolicy(team.id(), null, ChooserType.MANAGER, null, "boss", clock.instant());
		Rep uma = rep("Uma");
		Rep vic = rep("Vic");
		RequestId id = order("Umbrella", "Lab coats", "640");
		routing.assignByManager(id, uma.id(), false, null, "boss", clock.instant());
		mvc.perform(get("/work").with(as(uma)))
			.andExpect(content().string(not(containsString("Transfer to a colleague"))));
		mvc.perform(post("/work/" + id.value() + "/transfer").param("colleague", String.valueOf(vic.id().value()))
			.param("reason", "Vic knows Umbrella").with(as(uma)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("failure", containsString("is not started: skip it")));
		work.transition(id, uma.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());

		mvc.perform(get("/work").with(as(uma)))
			.andExpect(content().string(allOf(containsString("Transfer to a colleague"), containsString(vic.displayName()))));
		MvcResult noReason = mvc.perform(post("/work/" + id.value() + "/transfer")
			.param("colleague", String.valueOf(vic.id().value())).with(as(uma)).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("reason: is required")))
			.andReturn();
		// the failed form is the one that opens again, not the hand-back beside it
		mvc.perform(get("/work").with(as(uma)).flashAttrs(noReason.getFlashMap()))
			.andExpect(content().string(allOf(containsString("class=\"hand-back transfer\" open"),
					not(containsString("class=\"hand-back\" open")))));
		mvc.perform(post("/work/" + id.value() + "/transfer").param("colleague", "424242").param("reason", "anyone")
			.with(as(uma)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("failure", containsString("424242")));
		assertThat(work.request(id).assigneeId()).isEqualTo(uma.id());
		mvc.perform(post("/work/" + id.value() + "/transfer").param("colleague", String.valueOf(vic.id().value()))
			.param("reason", "Vic knows Umbrella").with(as(uma)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("notice", containsString("Lab coats is now with " + vic.displayName())));
		assertThat(work.request(id).assigneeId()).isEqualTo(vic.id());
	}

	@Test
	void aSelfElectRepSeesTheOpenListAndClaims() throws Exception {
		mode(RoutingMode.SELF_ELECT);
		Rep sam = rep("Sam");
		RequestId big = order("Acme", "Big order", "9000");
		order("Acme", "Small order", "100");

		mvc.perform(get("/work").with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("9000.00 EUR"), containsString("100.00 EUR"), containsString("Big order"),
					containsString("Small order"),
					containsString("Claim"), containsString("legacy way"), not(containsString("Next request")))));
		mvc.perform(post("/work/claim/" + big.value()).with(as(sam)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("notice", containsString("Big order")));
		assertThat(work.request(big).assigneeId()).isEqualTo(sam.id());
		mvc.perform(get("/work").with(as(sam)))
			.andExpect(content().string(allOf(containsString("Big order"), containsString("100.00 EUR"))));

		mvc.perform(post("/work/claim/" + big.value()).with(as(rep("Tom"))).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("already assigned")));
		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andExpect(content().string(allOf(containsString("class=\"on\">SELF_ELECT<"),
					containsString("Cherry-pick index"),
					containsString(" over 1 choice: 1 claim and no skips or hand-backs of requests with a value."))));
	}

	@Test
	void handingBackNeedsAReasonAndTakesTheRequestOffTheRepsList() throws Exception {
		mode(RoutingMode.PULL);
		Rep hana = rep("Hana");
		RequestId id = order("Soylent", "Green boxes", "450");
		assertThat(routing.next(hana.id(), clock.instant())).contains(id);
		work.transition(id, hana.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());

		MvcResult noReason = mvc.perform(post("/work/" + id + "/hand-back").with(as(hana)).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("failure", containsString("reason: is required")))
			.andReturn();
		mvc.perform(get("/work").with(as(hana)).flashAttrs(noReason.getFlashMap()))
			.andExpect(content().string(allOf(containsString("reason: is required"), containsString("Green boxes"),
					containsString("invalid"), containsString("Hand back…"))));
		assertThat(work.request(id).assigneeId()).isEqualTo(hana.id());

		mvc.perform(post("/work/" + id + "/hand-back").param("reason", "The customer is my cousin")
			.with(as(hana)).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("You handed back Soylent – Green boxes")));
		assertThat(work.request(id).assigneeId()).isNull();
		mvc.perform(get("/work").with(as(hana))).andExpect(content().string(not(containsString("Green boxes"))));

		RequestId other = order("Soylent", "Red boxes", "200");
		assertThat(routing.next(hana.id(), clock.instant())).contains(other);
		mvc.perform(post("/work/" + other + "/hand-back").param("reason", "Needs a Spanish speaker")
			.param("skip", "true").with(as(hana)).with(csrf()))
			.andExpect(flash().attribute("failure", allOf(containsString("Not handed back"),
					containsString("must be one of the team's: missing skill, conflict of interest"))));
		assertThat(work.request(other).assigneeId()).as("nothing changed").isEqualTo(hana.id());
		mvc.perform(post("/work/" + other + "/hand-back").param("reason", "language")
			.param("skip", "true").with(as(hana)).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("You skipped Soylent – Red boxes")));
		assertThat(work.request(other).assigneeId()).isNull();
	}

	/** Skips over the day's limit, and on a started request, are refused with a message and change nothing. */
	@Test
	void aSkipOverTheLimitOrOfAStartedRequestIsRefusedOnThePage() throws Exception {
		mode(RoutingMode.PULL);
		administration.setSkipPolicy(team.id(), List.of("language"), 1);
		Rep ivo = rep("Ivo");
		order("Tyrell", "Owls", "300");
		clock.advance(Duration.ofMinutes(1));
		order("Tyrell", "Lamps", "400");
		RequestId first = routing.next(ivo.id(), clock.instant()).orElseThrow();
		mvc.perform(post("/work/" + first + "/hand-back").param("reason", "language").param("skip", "true")
			.with(as(ivo)).with(csrf())).andExpect(flash().attribute("notice", containsString("You skipped")));
		RequestId second = routing.next(ivo.id(), clock.instant()).orElseThrow();
		mvc.perform(post("/work/" + second + "/hand-back").param("reason", "language").param("skip", "true")
			.with(as(ivo)).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("the team's limit of 1 a day")));
		work.transition(second, ivo.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		mvc.perform(post("/work/" + second + "/hand-back").param("reason", "language").param("skip", "true")
			.with(as(ivo)).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("a started request cannot be skipped")));
		assertThat(work.request(second).assigneeId()).isEqualTo(ivo.id());

		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andExpect(content().string(allOf(containsString("1 skip this month, 300.00 EUR of value skipped."),
					containsString("Cherry-pick index 1.00 over 1 choice: no claims and 1 skip or hand-back"))));
		mvc.perform(get("/dashboard").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andExpect(content().string(allOf(containsString("Skips and choices in 2026-11"),
					containsString("1 skip this month, 300.00 EUR of value skipped."), containsString("Ivo " + prefix))));
	}

	@Test
	void theManagerSetsTheSkipRulesWithTheFormAndBadInputChangesNothing() throws Exception {
		String teamId = String.valueOf(team.id().value());
		mvc.perform(get("/routing").param("team", teamId).with(MANAGER))
			.andExpect(content().string(allOf(containsString("action=\"/routing/skips\""),
					containsString("customer asked for someone else"), containsString("value=\"3\""))));
		mvc.perform(post("/routing/skips").param("team", teamId).param("reasons", "language\n\n Wrong region \n")
			.param("perDay", "2").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("notice", containsString("skips now need one of 2 reasons, at most 2 a day")));
		assertThat(administration.skipPolicy(team.id())).isEqualTo(new SkipPolicy(List.of("language", "Wrong region"), 2));

		mvc.perform(post("/routing/skips").param("team", teamId).param("reasons", "language").param("perDay", "many")
			.with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("perDay")));
		mvc.perform(post("/routing/skips").param("team", teamId).param("reasons", " ").param("perDay", "99")
			.with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", allOf(containsString("reasons"), containsString("perDay"))));
		assertThat(administration.skipPolicy(team.id())).isEqualTo(new SkipPolicy(List.of("language", "Wrong region"), 2));
	}

	@Test
	void theManagerSeesModeChoosersLoadsEligibilityPreviewAndFairness() throws Exception {
		Rep ann = rep("Ann");
		Rep bob = rep("Bob");
		people.setCaps(ann.id(), 3, Map.of());
		people.changeAvailability(bob.id(), Availability.AWAY);
		RequestId id = order("Hooli", "Servers", "500");
		await().atMost(Duration.ofSeconds(10)).until(() -> ann.id().equals(work.request(id).assigneeId()));

		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(view().name("routing/routing"))
			.andExpect(content().string(allOf(containsString("Routing · Pages " + prefix),
					containsString("class=\"on\">PUSH<"), containsString("ROUND_ROBIN"),
					containsString(ann.displayName()), containsString(bob.displayName()), containsString("1/3 active"),
					containsString("no: is AWAY"), containsString("Next ORDER goes to " + ann.displayName() + ": "),
					containsString("Fairness in 2026-11"), containsString("No claims or skips"),
					containsString("500.00 EUR"), containsString("100.0 %"), containsString("50.0 %"),
					not(containsString("class=\"num off\"")))));
		// Bob was away when the order came, so all of it was Ann's fair share (100 %, against 50 % of the hours): not
		// flagged. Back, Bob is owed half of what comes next, and one of them now holds more than their share.
		clock.advance(Duration.ofMinutes(1));
		people.changeAvailability(bob.id(), Availability.AVAILABLE);
		RequestId second = order("Initech", "Desks", "300");
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(second).assigneeId() != null);
		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andExpect(content().string(allOf(containsString("800.00 EUR"), containsString("81.2 %"),
					containsString("18.8 %"), containsString("class=\"num off\""))));
		// October: nothing was assigned then, so no shares (the request itself is still listed as held by Ann).
		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).param("kind", "QUERY")
			.param("period", "2026-10").with(MANAGER))
			.andExpect(content().string(allOf(containsString("Eligible for the next QUERY"),
					containsString("Fairness in 2026-10"), not(containsString("100.0 %")))));
		mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).param("kind", "CAKE")
			.with(MANAGER)).andExpect(status().isBadRequest());
	}

	/**
	 * Walk-through in a browser: value and margin were two unlabelled boxes (placeholders only, gone once typed in;
	 * nothing said margin is an amount), and a refused fulfil emptied both, so the rep typed them again.
	 */
	@Test
	void fulfillingLabelsValueAndMarginInTheTeamsCurrencyAndKeepsWhatWasTypedAfterARefusal() throws Exception {
		Rep paul = rep("Paul");
		RequestId id = order("Initech", "Ten chairs", "700");
		await().atMost(Duration.ofSeconds(10)).until(() -> paul.id().equals(work.request(id).assigneeId()));
		mvc.perform(post("/work/" + id + "/transition").param("to", "IN_PROGRESS").with(as(paul)).with(csrf()))
			.andExpect(redirectedUrl("/work"));

		mvc.perform(get("/work").with(as(paul)))
			.andExpect(content().string(allOf(containsString("<span>Value (EUR)</span>"),
					containsString("<span>Margin (EUR, an amount)</span>"))));
		mvc.perform(post("/work/" + id + "/transition").param("to", "FULFILLED").param("value", "7OO")
			.param("margin", "140").header("HX-Request", "true").with(as(paul)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("must be a number"),
					containsString("name=\"value\" required inputmode=\"decimal\" size=\"10\" value=\"7OO\""),
					containsString("name=\"margin\" required inputmode=\"decimal\" size=\"10\" value=\"140\""))));
		assertThat(work.request(id).state()).isEqualTo(RequestState.IN_PROGRESS);

		// closed, the row says what the two amounts are, beside the state (it showed a bare amount among the buttons)
		mvc.perform(post("/work/" + id + "/transition").param("to", "FULFILLED").param("value", "700")
			.param("margin", "140").with(as(paul)).with(csrf())).andExpect(redirectedUrl("/work"));
		mvc.perform(get("/work").with(as(paul)))
			.andExpect(content().string(containsString(
					"<span class=\"hint outcome\">value 700.00 EUR, margin 140.00 EUR</span>")));
	}

	/**
	 * Walk-through in a browser: a reassignment always needs a reason, but its box said "required with override" as
	 * an assignment's does, in a placeholder cut off in the narrow column and without a label.
	 */
	@Test
	void theReasonBoxSaysWhenAReasonIsNeededForAnAssignmentAndForAReassignment() throws Exception {
		administration.setPolicy(team.id(), null, ChooserType.MANAGER, null, "boss", clock.instant());
		rep("Ada");
		order("Umbrella", "Vaccine fridges", "1200");
		String html = mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("aria-label=\"Reason (required with override)\"").doesNotContain("required=\"required\"");
		Rep bo = rep("Bo");
		RequestId held = order("Initech", "Desks", "300");
		routing.assignByManager(held, bo.id(), false, null, "boss", clock.instant());
		html = mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("aria-label=\"Reason (required)\" required=\"required\"",
				"aria-label=\"Reason (required with override)\"");
	}

	/** Walk-through in a browser: the footer had one cell too few, so the team's skips stood under "Hours share". */
	@Test
	void theFairnessFooterLinesUpWithItsColumnsAndCountsTheAssignedRequests() throws Exception {
		rep("Ann");
		rep("Bob");
		RequestId id = order("Hooli", "Servers", "500");
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).assigneeId() != null);

		String html = mvc.perform(get("/routing").param("team", String.valueOf(team.id().value())).with(MANAGER))
			.andReturn().getResponse().getContentAsString();
		String table = html.substring(html.indexOf("<table class=\"fairness\">"));
		table = table.substring(0, table.indexOf("</table>"));
		String head = table.substring(table.indexOf("<thead>"), table.indexOf("</thead>"));
		String foot = table.substring(table.indexOf("<tfoot>"), table.indexOf("</tfoot>"));
		assertThat(foot.split("<td", -1).length - 1).isEqualTo(head.split("<th", -1).length - 2); // <thead> too
		assertThat(foot).contains("<td class=\"num\">1</td>\n      <td class=\"money\">500.00 EUR</td>");
	}

	@Test
	void theManagerChangesModeAndChoosersWithTheForms() throws Exception {
		String teamId = String.valueOf(team.id().value());
		mvc.perform(post("/routing/mode").param("team", teamId).param("mode", "PULL").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("notice", containsString("now routes by PULL (was PUSH)")));
		assertThat(administration.settings(team.id()).mode()).isEqualTo(RoutingMode.PULL);

		mvc.perform(post("/routing/policy").param("team", teamId).param("kind", "ORDER")
			.param("chooser", "VALUE_BALANCED").param("seed", "").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("notice", containsString("ORDER requests of team Pages " + prefix
					+ " now go by VALUE_BALANCED (was ROUND_ROBIN)")));
		mvc.perform(post("/routing/policy").param("team", teamId).param("kind", "DEFAULT").param("chooser", "RANDOM")
			.param("seed", "7").with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("In force: ORDER VALUE_BALANCED, QUOTE RANDOM")));
		assertThat(administration.settings(team.id()).choosers()).containsEntry(RequestKind.ORDER,
				ChooserType.VALUE_BALANCED).containsEntry(RequestKind.QUOTE, ChooserType.RANDOM);

		mvc.perform(get("/routing").param("team", teamId).with(MANAGER))
			.andExpect(content().string(allOf(containsString("class=\"on\">PULL<"),
					containsString("VALUE_BALANCED"), containsString("RANDOM"))));
		// Bad values come back as the page's message naming the field, and change nothing.
		mvc.perform(post("/routing/mode").param("team", teamId).param("mode", "SIDEWAYS").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("failure", allOf(containsString("mode"), containsString("SIDEWAYS"))));
		assertThat(administration.settings(team.id()).mode()).isEqualTo(RoutingMode.PULL);
		mvc.perform(post("/routing/policy").param("team", teamId).param("kind", "PARCEL").param("chooser", "RANDOM")
			.with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", allOf(containsString("kind"), containsString("PARCEL"))));
		mvc.perform(post("/routing/policy").param("team", teamId).param("kind", "ORDER").param("chooser", "LOUDEST")
			.with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", allOf(containsString("chooser"), containsString("LOUDEST"))));
		mvc.perform(post("/routing/policy").param("team", teamId).param("kind", "ORDER").param("chooser", "RANDOM")
			.param("seed", "lucky").with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", allOf(containsString("seed"), containsString("lucky"))));
		assertThat(administration.settings(team.id()).choosers()).containsEntry(RequestKind.ORDER,
				ChooserType.VALUE_BALANCED);
	}

	/** Audit of issue 17: a bad order came back as a JSON 400; now it is the page with the refusal, nothing stored. */
	@Test
	void aQueueOrderThePageDoesNotOfferComesBackAsThePagesMessage() throws Exception {
		String teamId = String.valueOf(team.id().value());
		MvcResult refused = mvc.perform(post("/routing/queue-order").param("team", teamId).param("order", "FASTEST")
			.with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("failure", allOf(containsString("order"), containsString("FASTEST"))))
			.andReturn();
		assertThat(administration.settings(team.id()).queueOrder()).isEqualTo(QueueOrder.PRIORITY);
		mvc.perform(get("/routing").param("team", teamId).with(MANAGER).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("FASTEST")));

		mvc.perform(post("/routing/queue-order").param("team", teamId).param("order", "sla").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("notice", containsString("By SLA risk")));
		assertThat(administration.settings(team.id()).queueOrder()).isEqualTo(QueueOrder.SLA);
	}

	@Test
	void aManualAssignmentToAnAwayRepNeedsOverrideAndAReason() throws Exception {
		administration.setPolicy(team.id(), null, ChooserType.MANAGER, null, "boss", clock.instant());
		Rep ada = rep("Ada");
		people.changeAvailability(ada.id(), Availability.AWAY);
		RequestId id = order("Umbrella", "Vaccine fridges", "1200");
		String teamId = String.valueOf(team.id().value());

		Rep gone = rep("Gone");
		people.setLeavingDate(gone.id(), java.time.LocalDate.of(2024, 1, 31));
		mvc.perform(get("/routing").param("team", teamId).with(MANAGER))
			.andExpect(content().string(allOf(containsString("Vaccine fridges"), containsString("1 request is waiting"),
					containsString("Next ORDER: MANAGER: requests wait"),
					containsString("<option value=\"" + ada.id().value() + "\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(
					"<option value=\"" + gone.id().value() + "\"")))); // has left: not offered
		mvc.perform(post("/routing/assign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(ada.id().value())).with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("failure", allOf(containsString(ada.displayName() + " is AWAY"),
					containsString("assign with override"))));
		mvc.perform(post("/routing/assign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(ada.id().value())).param("override", "true").with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("reason: is required")));
		assertThat(work.request(id).assigneeId()).isNull();

		mvc.perform(post("/routing/assign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(ada.id().value())).param("override", "true")
			.param("reason", "Ada knows this customer").with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("Vaccine fridges is now with " + ada.displayName())));
		assertThat(work.request(id).assigneeId()).isEqualTo(ada.id());
	}

	@Test
	void aManagerReassignsAHeldRequestFromThePageWithAReason() throws Exception {
		administration.setPolicy(team.id(), null, ChooserType.MANAGER, null, "boss", clock.instant());
		Rep bo = rep("Bo");
		Rep cy = rep("Cy");
		RequestId id = order("Globex", "Server racks", "5400");
		routing.assignByManager(id, bo.id(), false, null, "boss", clock.instant());
		String teamId = String.valueOf(team.id().value());

		mvc.perform(get("/routing").param("team", teamId).with(MANAGER))
			.andExpect(content().string(allOf(containsString("Open requests with reps"), containsString("id=\"held-" + id),
					containsString("Server racks"), containsString("action=\"/routing/reassign\""))));
		mvc.perform(post("/routing/reassign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(cy.id().value())).with(MANAGER).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("reason: is required")));
		assertThat(work.request(id).assigneeId()).isEqualTo(bo.id());

		mvc.perform(post("/routing/reassign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(cy.id().value())).param("reason", "Bo is off sick").with(MANAGER).with(csrf()))
			.andExpect(redirectedUrl("/routing?team=" + teamId))
			.andExpect(flash().attribute("notice", containsString("Server racks is now with " + cy.displayName())));
		assertThat(work.request(id).assigneeId()).isEqualTo(cy.id());
		mvc.perform(post("/routing/reassign").param("team", teamId).param("request", id.toString())
			.param("rep", String.valueOf(bo.id().value())).param("reason", "back").with(as(bo)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRepMayNotOpenOrChangeTheRoutingPage() throws Exception {
		Rep rita = rep("Rita");
		mvc.perform(get("/routing").with(as(rita))).andExpect(status().isForbidden());
		mvc.perform(post("/routing/mode").param("team", String.valueOf(team.id().value())).param("mode", "SELF_ELECT")
			.with(as(rita)).with(csrf())).andExpect(status().isForbidden());
		assertThat(administration.settings(team.id()).mode()).isEqualTo(RoutingMode.PUSH);
	}

	private void mode(RoutingMode mode) {
		administration.setMode(team.id(), mode, clock.instant());
	}

	private Rep rep(String name) {
		return people.addRep(new NewRep(team.id(), prefix + name.toLowerCase(), name + " " + prefix,
				BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
	}

	private RequestId order(String customer, String subject, String amount) {
		return intake.receive(new NewRequest("ORDER", team.id().value(), customer, subject, null,
				new BigDecimal(amount), "EUR", null), "test", clock.instant()).requestId();
	}

	private static RequestPostProcessor as(Rep rep) {
		return user(rep.username()).roles("REP");
	}
}

package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The customer's survey page, without a login: one answer per link, and every dead end says why. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPageTests {

	/** Each test comes from its own address, so one test's requests do not count against another's limit. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired MutableClock clock;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	Team team;
	Rep rep;
	String address;

	@BeforeAll
	void aTeamWithOneRep() {
		team = people.createTeam("Survey team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), "sven", "Sven Survey", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
	}

	@BeforeEach
	void aFreshAddress() {
		address = "198.51.100." + ADDRESSES.incrementAndGet();
	}

	@Test
	void aCustomerAnswersOnceAndTheRepsRatingIsAnnounced() throws Exception {
		RequestId id = closedQuery("Delivery time for 40 chairs?");
		String token = newLink(id, clock.instant());
		mvc.perform(page(get("/survey/" + token)))
			.andExpect(status().isOk())
			.andExpect(view().name("feedback/survey"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("Delivery time for 40 chairs?")))
			// until when, as the team's clock (and its mail) says it
			.andExpect(content().string(containsString(java.time.format.DateTimeFormatter.ofPattern(
					"d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH).format(feedback.survey(id, clock.instant())
						.orElseThrow().expiresAt().atZone(ZoneId.of("Europe/Berlin"))) + " (Europe/Berlin)")))
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"data:,\">")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));

		mvc.perform(page(post("/survey/" + token).param("rating", "4").param("comment", "Fast, thank you")).with(csrf()))
			.andExpect(redirectedUrl("/survey/thanks"));
		mvc.perform(page(get("/survey/thanks"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thank you")));

		assertThat(events.stream(FeedbackReceived.class).filter(e -> e.requestId().equals(id))).singleElement()
			.satisfies(received -> {
				assertThat(received.rating()).isEqualTo(4);
				assertThat(received.repId()).isEqualTo(rep.id());
				assertThat(received.teamId()).isEqualTo(team.id());
				assertThat(received.respondedAt()).isEqualTo(clock.instant());
			});
		assertThat(feedback.survey(id, clock.instant())).hasValueSatisfying(state -> {
			assertThat(state.status()).isEqualTo(SurveyStatus.ANSWERED);
			assertThat(state.comment()).isEqualTo("Fast, thank you");
		});
	}

	@Test
	void aReusedLinkSaysItWasAnsweredAndStoresNothing() throws Exception {
		RequestId id = closedQuery("Invoice copy");
		String token = newLink(id, clock.instant());
		mvc.perform(page(post("/survey/" + token).param("rating", "5")).with(csrf())).andExpect(redirectedUrl("/survey/thanks"));

		mvc.perform(page(post("/survey/" + token).param("rating", "1")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(view().name("feedback/survey-unavailable"))
			.andExpect(content().string(containsString("already been answered")));
		mvc.perform(page(get("/survey/" + token))).andExpect(status().isConflict());
		assertThat(ratingOf(id)).isEqualTo(5);
	}

	@Test
	void anExpiredLinkIsGone() throws Exception {
		RequestId id = closedQuery("Catalogue");
		String token = newLink(id, clock.instant().minus(Duration.ofDays(15)));
		mvc.perform(page(get("/survey/" + token)))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("expired")));
		mvc.perform(page(post("/survey/" + token).param("rating", "5")).with(csrf())).andExpect(status().isGone());
		assertThat(responses(id)).isZero();
	}

	@Test
	void anUnknownForgedOrReplacedLinkIsNotFound() throws Exception {
		RequestId id = closedQuery("Samples");
		String replaced = newLink(id, clock.instant());
		newLink(id, clock.instant());
		for (String token : new String[] { replaced, "x".repeat(43), "not-a-token", "a.b" }) {
			mvc.perform(page(get("/survey/" + token)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("No survey at this link")));
		}
		mvc.perform(page(post("/survey/" + replaced).param("rating", "3")).with(csrf())).andExpect(status().isNotFound());
		assertThat(responses(id)).isZero();
	}

	@Test
	void aMissingOrOutOfRangeRatingShowsTheFormAgainWithTheProblemAndStoresNothing() throws Exception {
		RequestId id = closedQuery("Colour samples");
		String token = newLink(id, clock.instant());
		for (String rating : new String[] { null, "", "0", "6", "five" }) {
			var request = post("/survey/" + token).param("comment", "Kept on the form");
			if (rating != null) {
				request.param("rating", rating);
			}
			mvc.perform(page(request).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("feedback/survey"))
				.andExpect(model().attribute("errors", org.hamcrest.Matchers.hasKey("rating")))
				.andExpect(content().string(containsString("Rating: ")))
				.andExpect(content().string(containsString("Kept on the form")));
		}
		mvc.perform(page(post("/survey/" + token).param("rating", "3").param("comment", "x".repeat(2001))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Comment: must be at most 2000 characters")));
		mvc.perform(page(post("/survey/" + token).param("rating", "3"))) // no CSRF token
			.andExpect(status().isForbidden());
		assertThat(responses(id)).isZero();
		mvc.perform(page(get("/survey/" + token))).andExpect(status().isOk());
	}

	@Test
	void oneAddressGetsTwentyRequestsAMinuteThen429WithRetryAfter() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(page(get("/survey/" + "x".repeat(43)))).andExpect(status().isNotFound());
		}
		mvc.perform(page(get("/survey/" + "x".repeat(43))))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3"))
			.andExpect(content().string(containsString("Please try again in 3 seconds")));
		String other = address;
		address = "198.51.100.250";
		mvc.perform(page(get("/survey/thanks"))).andExpect(status().isOk());
		address = other;
		mvc.perform(get("/login").with(from(address))).andExpect(status().isOk()); // only /survey/** is limited

		Instant now = clock.instant();
		try {
			clock.advance(Duration.ofSeconds(3));
			mvc.perform(page(get("/survey/thanks"))).andExpect(status().isOk());
			mvc.perform(page(get("/survey/thanks"))).andExpect(status().isTooManyRequests());
		}
		finally {
			clock.set(now);
		}
	}

	private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
		return request.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A query the rep received, started and resolved, whose own survey has been issued. */
	private RequestId closedQuery(String subject) {
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", subject, null, null, null,
				null), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		work.transition(id, rep.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(id, rep.id(), Transition.to(RequestState.RESOLVED), clock.instant());
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, clock.instant()).isPresent());
		return id;
	}

	/** The mailed link exists only in the mail; tests take a fresh one as a manager would. */
	private String newLink(RequestId id, Instant at) {
		String link = feedback.issueNewLink(id, at).link();
		assertThat(link).startsWith("http://localhost:8080/survey/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private long responses(RequestId id) {
		return jdbc.sql("select count(*) from survey_response where request_id = ?").param(id.value())
			.query(Long.class).single();
	}

	private int ratingOf(RequestId id) {
		return jdbc.sql("select rating from survey_response where request_id = ?").param(id.value())
			.query(Integer.class).single();
	}
}

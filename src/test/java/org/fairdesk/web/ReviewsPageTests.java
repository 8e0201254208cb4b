package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.QaReview;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A manager scores a sample of closed requests from the QA reviews page; bad scores are named, not stored. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewsPageTests {

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;

	RequestId closed;
	RequestId open;

	@BeforeAll
	void oneClosedAndOneOpenQuery() {
		Team team = people.createTeam("Reviewed team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), "rhea", "Rhea Reviewed", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		closed = query(team, "Delivery times");
		work.transition(closed, rep.id(), Transition.to(RequestState.IN_PROGRESS), TestClockConfiguration.START);
		work.transition(closed, rep.id(), Transition.to(RequestState.RESOLVED), TestClockConfiguration.START);
		open = query(team, "Still open");
	}

	@Test
	void aManagerScoresAClosedRequestAndReplacesTheirOwnScore() throws Exception {
		mvc.perform(get("/reviews").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delivery times")))
			.andExpect(content().string(containsString("Rhea Reviewed")))
			.andExpect(content().string(containsString("href=\"/reviews\"")));

		review(closed.value().toString(), "4", "Clear answer, a day late")
			.andExpect(redirectedUrl("/reviews"))
			.andExpect(flash().attribute("notice", containsString("4/5")));
		review(closed.value().toString(), "5", "On reflection: excellent").andExpect(redirectedUrl("/reviews"));

		assertThat(feedback.reviews(closed)).singleElement().satisfies(review -> {
			assertThat(review.score()).isEqualTo(5);
			assertThat(review.reviewer()).isEqualTo("boss");
		});
		mvc.perform(get("/reviews").with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString("On reflection: excellent")))
			.andExpect(content().string(containsString("Replace my review")));
	}

	@Test
	void aBadReviewIsNamedInTheMessageAndNothingIsStored() throws Exception {
		List<QaReview> before = feedback.reviews(closed);
		review(closed.value().toString(), "9", null)
			.andExpect(flash().attribute("failure", containsString("score")));
		review(closed.value().toString(), "four", null)
			.andExpect(flash().attribute("failure", containsString("whole number")));
		review("not-a-request", "3", null).andExpect(flash().attribute("failure", containsString("requestId")));
		review(open.value().toString(), "3", null).andExpect(flash().attribute("failure", containsString("closed")));
		assertThat(feedback.reviews(open)).isEmpty();
		assertThat(feedback.reviews(closed)).isEqualTo(before);
	}

	@Test
	void repsCannotOpenOrPostReviews() throws Exception {
		mvc.perform(get("/reviews").with(user("rhea").roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(post("/reviews").param("requestId", closed.value().toString()).param("score", "1")
			.with(user("rhea").roles("REP")).with(csrf())).andExpect(status().isForbidden());
	}

	private RequestId query(Team team, String subject) {
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", subject, null, null, null,
				null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		return id;
	}

	private ResultActions review(String requestId, String score, String note) throws Exception {
		var request = post("/reviews").param("requestId", requestId).param("score", score);
		if (note != null) {
			request.param("note", note);
		}
		return mvc.perform(request.with(user("boss").roles("MANAGER")).with(csrf()));
	}
}

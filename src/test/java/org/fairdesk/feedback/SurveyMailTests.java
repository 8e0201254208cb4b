package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With SMTP configured, closing a request mails its customer a survey link that works, through a real SMTP server. */
@SpringBootTest(properties = { "fairdesk.public-url=https://help.example.com/",
		"fairdesk.feedback.mail-from=Inside Sales <sales@example.com>" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SurveyMailTests {

	/** A free port of this machine's own, so parallel builds do not collide on GreenMail's fixed test port. */
	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired MutableClock clock;

	@Test
	void theCustomerGetsOneMailWithAWorkingLinkAndCustomersWithoutAnAddressGetNone() throws Exception {
		Team team = people.createTeam("Inside Sales", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), "mia", "Mia Mail", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));

		RequestId silent = close(receive(team, "Price list", null), rep);
		RequestId id = close(receive(team, "Chairs for the new office", "Buyer@Initech.example.com"), rep);

		assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = SMTP.getReceivedMessages()[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("Buyer@Initech.example.com");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("Inside Sales <sales@example.com>");
		assertThat(mail.getSubject()).isEqualTo("How did we do? Chairs for the new office");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("Hello Initech,", "30 November 2026", "Inside Sales");

		Matcher link = Pattern.compile("https://help\\.example\\.com(/survey/[A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		// The mail leaves inside the listener's transaction, a moment before the survey commits: a customer is slower.
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, clock.instant()).isPresent());
		mvc.perform(get(link.group(1))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chairs for the new office")));
		mvc.perform(post(link.group(1)).param("rating", "5").with(csrf())).andExpect(redirectedUrl("/survey/thanks"));
		assertThat(feedback.survey(id, clock.instant())).hasValueSatisfying(s -> assertThat(s.rating()).isEqualTo(5));

		// The survey and its mail commit together, so once the silent request's survey exists, no mail of it can follow.
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(silent, clock.instant()).isPresent());
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
	}

	private RequestId receive(Team team, String subject, String email) {
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", subject, null, null, null,
				null, null, null, email), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		return id;
	}

	private RequestId close(RequestId id, Rep rep) {
		work.transition(id, rep.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(id, rep.id(), Transition.to(RequestState.RESOLVED), clock.instant());
		return id;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException("No free port for the test SMTP server", e);
		}
	}
}

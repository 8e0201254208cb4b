package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.fairdesk.feedback.FeedbackManagement;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mail server that is down when a request closes: no survey is stored (nobody would know of it) and the close stays
 * an incomplete event; once the server is back, the scheduled redelivery issues the survey and sends its mail, once,
 * without a restart.
 */
@SpringBootTest(properties = "fairdesk.events.redeliver-after=PT0S")
@Import(TestClockConfiguration.class)
class EventRedeliveryTests {

	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired EventRedelivery redelivery;

	GreenMail smtp;

	@AfterEach
	void stopTheMailServer() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void aCloseWhoseMailFailedIsDeliveredAgainOnceTheServerIsBack() {
		closeWithTheMailServerDownThenRedeliver("rita", null);
	}

	/** A node that died while delivering leaves the publication PROCESSING, not FAILED: it is delivered all the same. */
	@Test
	void aDeliveryCutShortByACrashIsDeliveredAgain() {
		closeWithTheMailServerDownThenRedeliver("ruth", "PROCESSING");
	}

	private void closeWithTheMailServerDownThenRedeliver(String username, @Nullable String leftAs) {
		Team team = people.createTeam("Redelivery " + username, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), username, "Rita Retry", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", "Desk sizes", null, null,
				null, null, null, null, "buyer@initech.example.com"), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		work.transition(id, rep.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(id, rep.id(), Transition.to(RequestState.RESOLVED), clock.instant());

		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteCloses() > 0);
		assertThat(feedback.survey(id, clock.instant())).isEmpty();
		if (leftAs != null) {
			jdbc.sql("update event_publication set status = ? where listener_id like '%SurveyListener%'"
					+ " and completion_date is null").param(leftAs).update();
		}

		smtp = new GreenMail(ServerSetupTest.SMTP.port(SMTP_PORT));
		smtp.start();
		clock.advance(Duration.ofMinutes(1)); // the registry dates publications by the application's clock
		redelivery.redeliver();

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, clock.instant()).isPresent());
		await().atMost(Duration.ofSeconds(10)).until(() -> incompleteCloses() == 0);
		redelivery.redeliver();
		assertThat(smtp.waitForIncomingEmail(1_000, 2)).isFalse();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	private long incompleteCloses() {
		return jdbc.sql("""
				select count(*) from event_publication
				where listener_id like '%SurveyListener%' and completion_date is null""")
			.query(Long.class)
			.single();
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

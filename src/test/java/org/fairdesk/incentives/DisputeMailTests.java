package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With SMTP configured, a dispute opened mails every manager with an address (no one else), and its decision mails
 * the rep the answer, after the transactions commit, through a real SMTP server; each links the page to act on or
 * read, on {@code fairdesk.public-url}.
 */
@SpringBootTest(properties = { "fairdesk.incentives.mail-from=Fairdesk Pay <pay@example.com>",
		"fairdesk.public-url=https://pay.example.com/" })
@Import(TestClockConfiguration.class)
class DisputeMailTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired PayManagement pay;
	@Autowired DisputeManagement disputes;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;

	@Test
	void managersWithAnAddressAreMailedTheDisputeAndTheRepTheAnswer() throws Exception {
		String domain = "d" + System.nanoTime() + ".example.com";
		Team team = people.createTeam("Mail " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"), Locale.forLanguageTag("de-DE"));
		Rep ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), "Ann Example", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		login(ann.username(), Role.REP, "ann@" + domain);
		login("boss" + System.nanoTime(), Role.MANAGER, "boss@" + domain);
		login("deputy" + System.nanoTime(), Role.MANAGER, "Deputy@" + domain);
		login("quiet" + System.nanoTime(), Role.MANAGER, null);
		login("fin" + System.nanoTime(), Role.FINANCE, "fin@" + domain);
		incentives.publish(team.id(), SomePlans.marginPool("10"), LocalDate.of(2026, 10, 1), "manager");
		fulfilled(team, ann, "2026-10-10T10:00:00Z", "300.00");
		pay.close(team.id(), YearMonth.of(2026, 10), "boss");

		Dispute dispute = disputes.open(ann.id(), team.id(), YearMonth.of(2026, 10), 0, null,
				"My order of the 28th is missing", ann.username());
		List<MimeMessage> opened = mailsTo(domain, 2);
		assertThat(opened).flatExtracting(m -> Arrays.asList(m.getRecipients(Message.RecipientType.TO)))
			.extracting(Object::toString).containsExactlyInAnyOrder("boss@" + domain, "Deputy@" + domain);
		for (MimeMessage mail : opened) {
			assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("Fairdesk Pay <pay@example.com>");
			assertThat(mail.getSubject()).isEqualTo("Dispute #" + dispute.id()
					+ ": Ann Example disputes a line of their 2026-10 statement");
			assertThat(mail.getContent().toString()).contains("My order of the 28th is missing", team.name(),
					"“Your fulfilled orders” (line 0)",
					"Disputes page: https://pay.example.com/disputes?team=" + team.id().value());
		}

		disputes.accept(dispute.id(), new BigDecimal("12.50"), null, "Right, it was booked late", "boss");
		List<MimeMessage> all = mailsTo(domain, 3);
		MimeMessage answer = all.stream().filter(m -> !opened.contains(m)).findFirst().orElseThrow();
		assertThat(answer.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("ann@" + domain);
		assertThat(answer.getSubject()).isEqualTo("Your dispute #" + dispute.id()
				+ " of your 2026-10 statement is accepted");
		assertThat(answer.getContent().toString()).contains("Hello Ann Example", "accepted by boss",
				"12,50\u00a0€ is paid in 2026-11", "Answer: Right, it was booked late",
				"Your statement for 2026-11: https://pay.example.com/statements?period=2026-11");
	}

	@Autowired org.fairdesk.security.TeamManagers teamManagers;

	/** A team that lists its managers: only they are told of its disputes, not every manager with an address. */
	@Test
	void aTeamThatListsItsManagersMailsOnlyThem() throws Exception {
		String domain = "t" + System.nanoTime() + ".example.com";
		Team team = people.createTeam("Listed " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"), Locale.forLanguageTag("de-DE"));
		Rep bea = people.addRep(new NewRep(team.id(), "bea" + System.nanoTime(), "Bea Example", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		login(bea.username(), Role.REP, "bea@" + domain);
		String ours = "ours" + System.nanoTime();
		login(ours, Role.MANAGER, "ours@" + domain);
		login("theirs" + System.nanoTime(), Role.MANAGER, "theirs@" + domain);
		teamManagers.set(team.id().value(), List.of(ours));
		incentives.publish(team.id(), SomePlans.marginPool("10"), LocalDate.of(2026, 10, 1), "manager");
		fulfilled(team, bea, "2026-10-10T10:00:00Z", "300.00");
		pay.close(team.id(), YearMonth.of(2026, 10), ours);

		disputes.open(bea.id(), team.id(), YearMonth.of(2026, 10), 0, null, "Where is my order?", bea.username());
		List<MimeMessage> opened = mailsTo(domain, 1);
		assertThat(opened.get(0).getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("ours@" + domain);
		Thread.sleep(500); // a mail to the other manager would have come with it
		assertThat(mailsTo(domain, 1)).hasSize(1);
	}

	private List<MimeMessage> mailsTo(String domain, int count) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
		while (true) {
			List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
				try {
					return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
						.anyMatch(a -> a.toString().endsWith("@" + domain));
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			if (mails.size() >= count || System.currentTimeMillis() > until) {
				assertThat(mails).hasSize(count);
				return mails;
			}
			SMTP.waitForIncomingEmail(1_000, SMTP.getReceivedMessages().length + 1);
		}
	}

	private void login(String username, Role role, String email) {
		accounts.create(username, "password-" + username, role);
		accounts.changeEmail(username, email);
	}

	private void fulfilled(Team team, Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
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

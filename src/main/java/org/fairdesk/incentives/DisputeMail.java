package org.fairdesk.incentives;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.TeamManagers;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.MoneyFormat;
import org.fairdesk.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of a dispute by mail, when SMTP is configured ({@code spring.mail.host}, which makes Spring Boot
 * provide a {@link JavaMailSender}): the team's managers with an address ({@link TeamManagers}) when a rep opens one, the rep when a manager
 * decides it. It listens after the dispute's transaction has committed, through the event publication registry, so
 * a mail server that fails never undoes a dispute or a decision: the event stays incomplete and is delivered again
 * later. Each recipient gets a message of their own; one address refused does not stop the others, and only when
 * none goes out is the event left to be tried again. Texts are in the messages; money is written as on the team's
 * statements (its locale, {@link MoneyFormat}). Each names the page to act on or read as a full link, on
 * {@code fairdesk.public-url} ({@link PublicUrl}).
 */
@Component
class DisputeMail {

	private static final Logger LOG = LoggerFactory.getLogger(DisputeMail.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final Disputes disputes;
	private final PeopleManagement people;
	private final UserAccounts accounts;
	private final TeamManagers managers;
	private final MessageSource messages;
	private final IncentivesSettings settings;
	private final PublicUrl publicUrl;

	DisputeMail(ObjectProvider<JavaMailSender> sender, Disputes disputes, PeopleManagement people,
			UserAccounts accounts, TeamManagers managers, MessageSource messages, IncentivesSettings settings,
			PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.sender = sender;
		this.disputes = disputes;
		this.people = people;
		this.accounts = accounts;
		this.managers = managers;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void opened(DisputeOpened opened) {
		JavaMailSender mailer = sender.getIfAvailable();
		Optional<Dispute> found = disputes.find(opened.disputeId());
		if (mailer == null || found.isEmpty()) {
			return;
		}
		Dispute dispute = found.get();
		Rep rep = people.rep(dispute.repId());
		Team team = people.team(dispute.teamId());
		String subject = text("dispute.mail.opened.subject", String.valueOf(dispute.id()), rep.displayName(), dispute.period());
		String body = text("dispute.mail.opened.text", String.valueOf(dispute.id()), rep.displayName(), dispute.period(),
				dispute.lineLabel(), dispute.line(), team.name(), dispute.reason(),
				publicUrl.link("/disputes?team=" + team.id().value()));
		send(mailer, managers.emails(team.id().value()), subject, body, dispute);
	}

	@ApplicationModuleListener
	void decided(DisputeDecided decided) {
		JavaMailSender mailer = sender.getIfAvailable();
		Optional<Dispute> found = disputes.find(decided.disputeId());
		if (mailer == null || found.isEmpty()) {
			return;
		}
		Dispute dispute = found.get();
		Rep rep = people.rep(dispute.repId());
		Team team = people.team(dispute.teamId());
		String answer = dispute.answer() == null ? text("dispute.mail.noAnswer") : dispute.answer();
		String subject = text("dispute.mail." + dispute.state().name().toLowerCase(Locale.ROOT) + ".subject",
				String.valueOf(dispute.id()), dispute.period());
		String body = dispute.state() == Dispute.State.ACCEPTED
				? text("dispute.mail.accepted.text", String.valueOf(dispute.id()), rep.displayName(), dispute.lineLabel(),
						dispute.period(), dispute.decidedBy(), MoneyFormat.format(dispute.amount(), team.locale()),
						dispute.paidIn(), answer, statements(dispute.paidIn()))
				: text("dispute.mail.rejected.text", String.valueOf(dispute.id()), rep.displayName(), dispute.lineLabel(),
						dispute.period(), dispute.decidedBy(), answer, statements(dispute.period()));
		send(mailer, accounts.email(rep.username()).stream().toList(), subject, body, dispute);
	}

	private void send(JavaMailSender mailer, List<String> recipients, String subject, String body, Dispute dispute) {
		MailException failed = null;
		int sent = 0;
		for (String to : recipients) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(settings.mailFrom());
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			try {
				mailer.send(message);
				sent++;
			}
			catch (MailException e) {
				LOG.warn("Could not mail {} about dispute #{}: {}", to, dispute.id(), e.getMessage());
				failed = e;
			}
		}
		if (sent == 0 && failed != null) {
			throw failed; // none went out: leave the event for the registry to deliver again
		}
		LOG.debug("Mailed {} of {} about dispute #{}", sent, recipients.size(), dispute.id());
	}

	/** The rep's statements page on the month, where the answer and the adjustment show. */
	private String statements(Object month) {
		return publicUrl.link("/statements?period=" + month);
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.ENGLISH);
	}
}

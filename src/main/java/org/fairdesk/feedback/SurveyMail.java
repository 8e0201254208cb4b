package org.fairdesk.feedback;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a new survey's link to the customer, when SMTP is configured ({@code spring.mail.host}, which makes Spring
 * Boot provide a {@link JavaMailSender}) and the request came with the customer's address. Text is in the messages.
 */
@Component
class SurveyMail {

	private static final Logger LOG = LoggerFactory.getLogger(SurveyMail.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final IntakeManagement intake;
	private final WorkManagement work;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final FeedbackSettings settings;

	SurveyMail(ObjectProvider<JavaMailSender> sender, IntakeManagement intake, WorkManagement work,
			PeopleManagement people, MessageSource messages, FeedbackSettings settings) {
		this.sender = sender;
		this.intake = intake;
		this.work = work;
		this.people = people;
		this.messages = messages;
		this.settings = settings;
	}

	void send(SurveyIssued survey) {
		JavaMailSender mailer = sender.getIfAvailable();
		Optional<String> to = mailer == null ? Optional.empty() : intake.customerEmail(survey.requestId());
		if (mailer == null || to.isEmpty()) {
			return;
		}
		RequestView request = work.request(survey.requestId());
		Optional<Team> team = people.findTeam(survey.teamId());
		ZoneId zone = team.map(Team::zone).orElse(ZoneOffset.UTC);
		String until = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(survey.expiresAt().atZone(zone));
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to.get());
		message.setSubject(text("survey.mail.subject", request.subject()));
		message.setText(text("survey.mail.text", request.customer(), request.subject(), survey.link(), until,
				team.map(Team::name).orElse("Fairdesk")));
		mailer.send(message);
		LOG.debug("Mailed the survey of request {}", survey.requestId());
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.ENGLISH);
	}
}

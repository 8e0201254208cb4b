package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.fairdesk.feedback.SurveyUnavailableException.Reason;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.shared.SecretTokens;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestClosed;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Feedback on its own: a close issues one survey, whose link takes one answer. */
@ApplicationModuleTest
@Import(TestClockConfiguration.class)
class FeedbackModuleTests {

	static final TeamId TEAM = new TeamId(4);
	static final RepId CLOSER = new RepId(17);

	@MockitoBean WorkManagement work;
	@MockitoBean IntakeManagement intake;
	@MockitoBean PeopleManagement people;
	@Autowired FeedbackManagement feedback;
	@Autowired SurveyListener listener;
	@Autowired MutableClock clock;
	@Autowired JdbcClient jdbc;
	@Autowired org.springframework.context.ApplicationEventPublisher events;

	@org.junit.jupiter.api.AfterEach
	void clockBack() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aClosedRequestGetsOneSurveyWhoseLinkIsSingleUse(Scenario scenario) {
		RequestId id = RequestId.random();
		RequestClosed closed = closed(id);
		Instant issuedAt = clock.instant();

		AtomicReference<SurveyIssued> issued = new AtomicReference<>();
		scenario.publish(closed)
			.andWaitForEventOfType(SurveyIssued.class)
			.matching(event -> event.requestId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.teamId()).isEqualTo(TEAM);
				assertThat(event.link()).matches("http://localhost:8080/survey/[A-Za-z0-9_-]{43}");
				assertThat(event.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofDays(14)));
				issued.set(event);
			});
		String token = tokenOf(issued.get());
		assertThat(jdbc.sql("select token_hash from survey where request_id = ?").param(id.value()).query(String.class)
			.single()).isEqualTo(SecretTokens.sha256(token)).doesNotContain(token);

		// The same close delivered again (or the request closed again) issues nothing new.
		listener.issueSurvey(closed);
		assertThat(feedback.issueSurvey(id, TEAM, CLOSER, clock.instant(), clock.instant())).isEmpty();
		assertThat(jdbc.sql("select count(*) from survey where request_id = ?").param(id.value()).query(Long.class)
			.single()).isOne();

		RequestView request = closedRequest();
		when(work.request(id)).thenReturn(request);
		assertThat(feedback.invitation(token, clock.instant()).subject()).isEqualTo("200 chairs");
		scenario.stimulate(() -> feedback.respond(token, new SurveyAnswer("4", "Quick and friendly"), clock.instant()))
			.andWaitForEventOfType(FeedbackReceived.class)
			.toArriveAndVerify(received -> {
				assertThat(received.requestId()).isEqualTo(id);
				assertThat(received.repId()).isEqualTo(CLOSER);
				assertThat(received.rating()).isEqualTo(4);
			});
		assertThatThrownBy(() -> feedback.respond(token, new SurveyAnswer("5", null), clock.instant()))
			.isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ANSWERED));
		assertThat(feedback.survey(id, clock.instant())).hasValueSatisfying(state -> {
			assertThat(state.status()).isEqualTo(SurveyStatus.ANSWERED);
			assertThat(state.rating()).isEqualTo(4);
			assertThat(state.comment()).isEqualTo("Quick and friendly");
		});
	}

	@Test
	void aLinkExpiresAfterTheConfiguredTimeAndAManagersNewLinkRetiresTheOldOne() {
		RequestId id = RequestId.random();
		RequestView request = closedRequest();
		when(work.request(id)).thenReturn(request);
		Instant issuedAt = clock.instant();
		String first = tokenOf(feedback.issueSurvey(id, TEAM, CLOSER, issuedAt, issuedAt).orElseThrow());
		Instant expiry = issuedAt.plus(Duration.ofDays(14));

		assertThat(feedback.invitation(first, expiry.minusSeconds(1)).expiresAt()).isEqualTo(expiry);
		assertThatThrownBy(() -> feedback.respond(first, new SurveyAnswer("5", null), expiry))
			.isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));

		String second = tokenOf(feedback.issueNewLink(id, expiry.plusSeconds(60)));
		assertThat(feedback.survey(id, expiry.plusSeconds(61))).hasValueSatisfying(state -> {
			assertThat(state.status()).isEqualTo(SurveyStatus.OPEN);
			assertThat(state.issuedAt()).as("a new link keeps the survey in its first period").isEqualTo(issuedAt);
			assertThat(state.expiresAt()).isEqualTo(expiry.plusSeconds(60).plus(Duration.ofDays(14)));
		});
		assertThatThrownBy(() -> feedback.invitation(first, expiry.plusSeconds(61)))
			.isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
		assertThat(feedback.respond(second, new SurveyAnswer("2", null), expiry.plusSeconds(120)).rating()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from survey_response where request_id = ?").param(id.value())
			.query(Long.class).single()).isOne();
	}

	@Test
	void aCloseDeliveredLateIsSurveyedAsOfTheCloseWithALinkValidFromDelivery(Scenario scenario) {
		RequestId id = RequestId.random();
		Instant closedAt = Instant.parse("2026-11-30T22:59:59Z"); // the last second of November in Berlin
		Instant delivered = closedAt.plus(Duration.ofMinutes(7)); // a retry: December by then
		clock.set(delivered);
		scenario.publish(new RequestClosed(id, TEAM, CLOSER, RequestKind.QUERY, RequestState.RESOLVED, null, null,
				closedAt))
			.andWaitForEventOfType(SurveyIssued.class)
			.matching(event -> event.requestId().equals(id))
			.toArriveAndVerify(event -> assertThat(event.expiresAt()).isEqualTo(delivered.plus(Duration.ofDays(14))));
		assertThat(feedback.survey(id, delivered)).hasValueSatisfying(state -> {
			assertThat(state.issuedAt()).as("counts in the close's month").isEqualTo(closedAt);
			assertThat(state.expiresAt()).as("valid from when the customer is told").isEqualTo(
					delivered.plus(Duration.ofDays(14)));
		});

		// a manager's first link for a request without a survey is dated at the close too
		RequestId unsurveyed = RequestId.random();
		RequestView request = closedRequest();
		when(request.closedAt()).thenReturn(closedAt);
		when(work.request(unsurveyed)).thenReturn(request);
		feedback.issueNewLink(unsurveyed, delivered);
		assertThat(feedback.survey(unsurveyed, delivered)).hasValueSatisfying(state -> {
			assertThat(state.issuedAt()).isEqualTo(closedAt);
			assertThat(state.expiresAt()).isEqualTo(delivered.plus(Duration.ofDays(14)));
		});
	}

	@Test
	void anEscalatedQueryOrAnExpiredQuoteIsNotSurveyed(Scenario scenario) {
		RequestId escalated = RequestId.random();
		RequestId expired = RequestId.random();
		RequestId resolved = RequestId.random();
		scenario.stimulate(() -> {
			events.publishEvent(new RequestClosed(escalated, TEAM, CLOSER, RequestKind.QUERY, RequestState.ESCALATED,
					null, null, clock.instant()));
			events.publishEvent(new RequestClosed(expired, TEAM, CLOSER, RequestKind.QUOTE, RequestState.EXPIRED, null,
					null, clock.instant()));
			events.publishEvent(closed(resolved));
		}).andWaitForStateChange(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single(), incomplete -> incomplete == 0)
			.andVerify(incomplete -> {
				assertThat(feedback.survey(resolved, clock.instant())).as("a resolved query is").isPresent();
				assertThat(feedback.survey(escalated, clock.instant())).isEmpty();
				assertThat(feedback.survey(expired, clock.instant())).isEmpty();
			});
		// nor does a manager's link survey it
		RequestView request = closedRequest();
		when(request.state()).thenReturn(RequestState.ESCALATED);
		when(work.request(escalated)).thenReturn(request);
		assertThatThrownBy(() -> feedback.issueNewLink(escalated, clock.instant()))
			.isInstanceOf(org.fairdesk.shared.ConflictException.class).hasMessageContaining("is not surveyed");
		assertThat(feedback.survey(escalated, clock.instant())).isEmpty();
	}

	@Test
	void anAnswerCanOnlyKeepItsOwnSurveysIssueTime() {
		RequestId id = RequestId.random();
		Instant issuedAt = clock.instant();
		feedback.issueSurvey(id, TEAM, CLOSER, issuedAt, issuedAt).orElseThrow();
		String answer = """
				insert into survey_response (request_id, team_id, rep_id, rating, responded_at, survey_issued_at)
				values (?, ?, ?, 5, ?, ?)""";
		// another issue time would put the answer in another period than its survey's
		assertThatThrownBy(() -> jdbc.sql(answer).params(id.value(), TEAM.value(), CLOSER.value(),
				org.fairdesk.shared.DbTime.of(issuedAt), org.fairdesk.shared.DbTime.of(issuedAt.minusSeconds(3600)))
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(jdbc.sql(answer).params(id.value(), TEAM.value(), CLOSER.value(),
				org.fairdesk.shared.DbTime.of(issuedAt), org.fairdesk.shared.DbTime.of(issuedAt)).update()).isOne();
	}

	private RequestClosed closed(RequestId id) {
		return new RequestClosed(id, TEAM, CLOSER, RequestKind.QUERY, RequestState.RESOLVED, null, null, clock.instant());
	}

	/** Work's read model of a closed request, mocked with what feedback reads: the view grows with work's lifecycle. */
	private static RequestView closedRequest() {
		RequestView view = mock(RequestView.class);
		when(view.subject()).thenReturn("200 chairs");
		when(view.isClosed()).thenReturn(true);
		when(view.teamId()).thenReturn(TEAM);
		when(view.assigneeId()).thenReturn(CLOSER);
		when(view.closedAt()).thenReturn(Instant.parse("2026-11-16T10:00:00Z"));
		when(view.state()).thenReturn(RequestState.RESOLVED);
		return view;
	}

	private static String tokenOf(SurveyIssued issued) {
		return issued.link().substring(issued.link().lastIndexOf('/') + 1);
	}
}

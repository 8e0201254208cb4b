package org.fairdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A walk-through started the demo with survey links valid for a day ({@code fairdesk.feedback.survey-valid-for=P1D},
 * a setting feedback.md offers with no minimum): the demo's customers answered up to three days after the close, an
 * expired link refused the answer, and the start-up stopped. The demo's customers now answer only while the link
 * works.
 */
@SpringBootTest(properties = { "fairdesk.demo.enabled=true", "fairdesk.feedback.survey-valid-for=P1D" })
@Import(TestClockConfiguration.class)
class DemoShortSurveyLinksTests {

	@Autowired JdbcClient jdbc;

	@Test
	void theDemoStartsAndNoAnswerCameAfterItsLinkExpired() {
		assertThat(jdbc.sql("select count(*) from survey_response").query(Long.class).single())
			.as("some customers still answer within the day").isPositive();
		assertThat(jdbc.sql("""
				select count(*) from survey_response a join survey s on s.request_id = a.request_id
				where a.responded_at >= s.expires_at""").query(Long.class).single()).isZero();
	}
}

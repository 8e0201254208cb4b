package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.junit.jupiter.api.Test;

/** A survey is open until the moment it expires, and answered for ever once answered. */
class SurveyTests {

	static final Instant ISSUED = Instant.parse("2026-11-02T10:00:00Z");
	static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(14));

	@Test
	void itIsOpenUntilTheMomentItExpires() {
		Survey survey = survey(null);
		assertThat(survey.status(ISSUED)).isEqualTo(SurveyStatus.OPEN);
		assertThat(survey.status(EXPIRES.minusNanos(1))).isEqualTo(SurveyStatus.OPEN);
		assertThat(survey.status(EXPIRES)).isEqualTo(SurveyStatus.EXPIRED);
		assertThat(survey.status(EXPIRES.plus(Duration.ofDays(365)))).isEqualTo(SurveyStatus.EXPIRED);
	}

	@Test
	void onceAnsweredItStaysAnswered() {
		Survey survey = survey(ISSUED.plus(Duration.ofHours(3)));
		assertThat(survey.status(ISSUED.plus(Duration.ofHours(4)))).isEqualTo(SurveyStatus.ANSWERED);
		assertThat(survey.status(EXPIRES.plusSeconds(1))).isEqualTo(SurveyStatus.ANSWERED);
	}

	private static Survey survey(Instant respondedAt) {
		return new Survey(RequestId.random(), new TeamId(1), new RepId(2), ISSUED, EXPIRES, "0".repeat(64), respondedAt);
	}
}

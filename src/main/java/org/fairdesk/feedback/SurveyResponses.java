package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' answers; the primary key on the request is what lets a survey be answered once, even in a race. */
@Repository
class SurveyResponses {

	private final JdbcClient jdbc;

	SurveyResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the answer unless the survey has one; says whether it did. The answer keeps its survey's issue time,
	 * which puts it in a period (V53; the database refuses any other).
	 */
	boolean insertIfAbsent(Survey survey, int rating, @Nullable String comment, Instant at) {
		return jdbc.sql("""
				insert into survey_response (request_id, team_id, rep_id, rating, comment, responded_at, survey_issued_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(survey.requestId().value(), survey.teamId().value(), survey.repId().value(), rating, comment,
					DbTime.of(at), DbTime.of(survey.issuedAt()))
			.update() == 1;
	}
}

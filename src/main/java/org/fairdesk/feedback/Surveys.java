package org.fairdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The surveys, each read with its answer. Inserts never fail on a duplicate ({@code on conflict do nothing}, which
 * H2's PostgreSQL mode also takes): on PostgreSQL a failed statement would abort the caller's whole transaction.
 */
@Repository
class Surveys {

	private static final String WITH_ANSWER = """
			select s.request_id, s.team_id, s.rep_id, s.issued_at, s.expires_at, s.token_hash,
			       r.responded_at, r.rating, r.comment
			from survey s left join survey_response r on r.request_id = s.request_id
			""";

	private final JdbcClient jdbc;
	/** When a survey is stored ({@code stored_at}, V56): a kept month finds a survey stored late by it. */
	private final java.time.Clock clock;

	Surveys(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores the survey unless its request has one already; says whether it did. */
	boolean insertIfAbsent(Survey survey) {
		return jdbc.sql("""
				insert into survey (request_id, team_id, rep_id, issued_at, expires_at, token_hash, stored_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(survey.requestId().value(), survey.teamId().value(), survey.repId().value(),
					DbTime.of(survey.issuedAt()), DbTime.of(survey.expiresAt()), survey.tokenHash(),
					DbTime.of(clock.instant()))
			.update() == 1;
	}

	/**
	 * Gives an unanswered survey a new token and expiry, which is what retires its old link. {@code issued_at} stays:
	 * the survey still counts in the period it was first issued in.
	 */
	boolean replaceUnansweredToken(RequestId request, String tokenHash, Instant expiresAt) {
		return jdbc.sql("""
				update survey set token_hash = ?, expires_at = ?
				where request_id = ? and not exists (select 1 from survey_response r where r.request_id = ?)""")
			.params(tokenHash, DbTime.of(expiresAt), request.value(), request.value())
			.update() == 1;
	}

	Optional<Survey> byTokenHash(String tokenHash) {
		return jdbc.sql(WITH_ANSWER + "where s.token_hash = ?").param(tokenHash).query(Surveys::survey).optional();
	}

	Optional<SurveyState> state(RequestId request, Instant now) {
		return jdbc.sql(WITH_ANSWER + "where s.request_id = ?")
			.param(request.value())
			.query((rs, row) -> {
				Survey survey = survey(rs, row);
				int rating = rs.getInt("rating");
				return new SurveyState(survey.requestId(), survey.teamId(), survey.repId(), survey.issuedAt(),
						survey.expiresAt(), survey.status(now), survey.respondedAt(), rs.wasNull() ? null : rating,
						rs.getString("comment"));
			})
			.optional();
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		return new Survey(new RequestId(rs.getObject("request_id", java.util.UUID.class)),
				new TeamId(rs.getLong("team_id")), new RepId(rs.getLong("rep_id")), DbTime.instant(rs, "issued_at"),
				DbTime.instant(rs, "expires_at"), rs.getString("token_hash"), DbTime.instant(rs, "responded_at"));
	}
}

package org.fairdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Managers' QA reviews, one per reviewer and request. */
@Repository
class QaReviews {

	private final JdbcClient jdbc;

	QaReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the review, replacing the reviewer's earlier one of the request; says whether there was one. */
	boolean save(QaReview review) {
		if (replace(review)) {
			return true;
		}
		if (jdbc.sql("""
				insert into qa_review (request_id, reviewer, team_id, rep_id, score, note, reviewed_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(review.requestId().value(), review.reviewer(), review.teamId().value(), review.repId().value(),
					review.score(), review.note(), DbTime.of(review.reviewedAt()))
			.update() == 1) {
			return false;
		}
		// The same reviewer's other submission got in between: this later one wins, as it would have a moment later.
		return replace(review);
	}

	private boolean replace(QaReview review) {
		return jdbc.sql("update qa_review set score = ?, note = ?, reviewed_at = ? where request_id = ? and reviewer = ?")
			.params(review.score(), review.note(), DbTime.of(review.reviewedAt()), review.requestId().value(),
					review.reviewer())
			.update() == 1;
	}

	List<QaReview> of(RequestId request) {
		return jdbc.sql("select * from qa_review where request_id = ? order by reviewed_at, reviewer")
			.param(request.value())
			.query((rs, row) -> review(rs))
			.list();
	}

	/** The reviews of each of the requests, one query; a request nobody reviewed is not a key. */
	Map<RequestId, List<QaReview>> of(Collection<RequestId> requests) {
		if (requests.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from qa_review where request_id in (:ids) order by reviewed_at, reviewer")
			.param("ids", requests.stream().map(RequestId::value).toList())
			.query((rs, row) -> review(rs))
			.list()
			.stream()
			.collect(Collectors.groupingBy(QaReview::requestId, LinkedHashMap::new, Collectors.toList()));
	}

	private static QaReview review(ResultSet rs) throws SQLException {
		return new QaReview(new RequestId(rs.getObject("request_id", UUID.class)), rs.getString("reviewer"),
				new TeamId(rs.getLong("team_id")), new RepId(rs.getLong("rep_id")), rs.getInt("score"),
				rs.getString("note"), DbTime.instant(rs, "reviewed_at"));
	}
}

package org.fairdesk.intake;

import java.util.Optional;

import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where and when each request came in; the unique external id makes a client's retry safe to refuse. */
@Repository
class Arrivals {

	private final JdbcClient jdbc;

	Arrivals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean externalIdExists(String externalId) {
		return jdbc.sql("select count(*) from arrivals where external_id = ?")
			.param(externalId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(RequestReceived request, @Nullable String receivedBy) {
		jdbc.sql("""
				insert into arrivals (request_id, team_id, kind, external_id, received_by, received_at, priority,
				                      customer_email)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(request.requestId().value(), request.teamId().value(), request.kind().name(),
					request.externalId(), receivedBy, DbTime.of(request.receivedAt()), request.priority(),
					request.customerEmail())
			.update();
	}

	Optional<String> customerEmail(RequestId request) {
		return jdbc.sql("select customer_email from arrivals where request_id = ? and customer_email is not null")
			.param(request.value())
			.query(String.class)
			.optional();
	}
}

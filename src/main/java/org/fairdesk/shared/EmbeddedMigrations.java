package org.fairdesk.shared;

import java.sql.SQLException;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database, Flyway migrates through one connection of its own that stays open until the
 * application stops.
 * <p>
 * H2 (2.4) compiles a check constraint such as {@code kind in ('ORDER', 'QUOTE', 'QUERY')} into a set whose
 * comparator is the session that ran the {@code CREATE TABLE}. Through the pool, that session was a pooled connection,
 * which the pool retires after its maximum lifetime (30 minutes): from then on every insert checking the constraint
 * failed with "The database has been closed [90098]" until a restart reloaded the schema (a reload parses it in H2's
 * own system session). A session that lives as long as the application keeps those constraints working; it also
 * keeps the database from closing, as H2 does when its last connection closes, while the pool replaces them all.
 * PostgreSQL needs none of this: Flyway uses the pool there.
 */
@Component
class EmbeddedMigrations implements FlywayConfigurationCustomizer, DisposableBean {

	private final DataSourceProperties database;
	private @Nullable SingleConnectionDataSource migrationSession;

	EmbeddedMigrations(DataSourceProperties database) {
		this.database = database;
	}

	@Override
	public synchronized void customize(FluentConfiguration configuration) {
		String url = database.determineUrl();
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return;
		}
		// suppressClose: Flyway "closes" it after migrating, and the session must live on.
		migrationSession = new SingleConnectionDataSource(url, database.determineUsername(),
				database.determinePassword(), true);
		configuration.dataSource(migrationSession);
	}

	@Override
	public synchronized void destroy() throws SQLException {
		if (migrationSession != null) {
			migrationSession.destroy();
		}
	}
}

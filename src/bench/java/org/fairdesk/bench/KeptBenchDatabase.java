package org.fairdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A PostgreSQL database of a fixed name that is kept between runs, unlike {@link BenchDatabase}: seeding it takes
 * longer than the measurement, so a run reuses it when it holds the data it would seed. What it holds (its "shape":
 * the sizes, the seed, the month, a digest of the migrations and of the data script) is written as the database's
 * comment once seeding has finished, so a run that died while seeding leaves no shape and the next one starts over.
 */
final class KeptBenchDatabase {

	private final String server;
	private final String user;
	private final String password;
	private final String name;

	private KeptBenchDatabase(String server, String user, String password, String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("database names here are lower-case identifiers, got " + name);
		}
		this.server = server;
		this.user = user;
		this.password = password;
		this.name = name;
	}

	/** @param server host:port */
	static KeptBenchDatabase named(String server, String user, String password, String name) {
		return new KeptBenchDatabase(server, user, password, name);
	}

	String name() {
		return name;
	}

	String url() {
		return "jdbc:postgresql://" + server + "/" + name;
	}

	/**
	 * Whether the database already holds data of this shape. If not, it is dropped (when it exists) and created
	 * empty, for the caller to seed and then {@link #markSeeded}.
	 */
	boolean reuseOrRecreate(String shape) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user,
				password)) {
			String held = null;
			boolean exists = false;
			try (PreparedStatement query = connection.prepareStatement(
					"select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
				query.setString(1, name);
				try (ResultSet rs = query.executeQuery()) {
					if (rs.next()) {
						exists = true;
						held = rs.getString(1);
					}
				}
			}
			if (exists && shape.equals(held)) {
				System.out.printf(Locale.ROOT, "database %s holds this shape already: reused, not seeded%n", name);
				return true;
			}
			try (Statement statement = connection.createStatement()) {
				if (exists) {
					System.out.printf(Locale.ROOT, "database %s holds %s, not this shape: dropped and seeded again%n",
							name, held == null ? "no finished seeding" : "another shape (" + held + ")");
					statement.execute("drop database " + name + " with (force)");
				}
				statement.execute("create database " + name);
			}
			return false;
		}
	}

	/** Records the shape once seeding has finished. */
	void markSeeded(String shape) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("comment on database " + name + " is '" + shape.replace("'", "''") + "'");
		}
	}
}

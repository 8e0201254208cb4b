package org.fairdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests may use: 127.0.0.1:5432, user postgres (override with FAIRDESK_TEST_PG_HOST,
 * _PORT, _USER, _PASSWORD). Each test class gets a fresh database. Databases are not dropped at exit: that would
 * race the application contexts' own shutdown (their pools then wait for a vanished database); instead, the first
 * test of a run drops the test databases that nobody is connected to any more. A test database carries the comment
 * {@value #MARK}, and only databases with it are dropped: never one of the developer's own, whatever its name.
 */
public final class PostgresDatabase {

	static final String HOST = env("FAIRDESK_TEST_PG_HOST", "127.0.0.1");
	static final String PORT = env("FAIRDESK_TEST_PG_PORT", "5432");
	public static final String USER = env("FAIRDESK_TEST_PG_USER", "postgres");
	public static final String PASSWORD = env("FAIRDESK_TEST_PG_PASSWORD", "");

	private PostgresDatabase() {
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	static boolean reachable() {
		DriverManager.setLoginTimeout(3);
		try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
			return true;
		}
		catch (SQLException e) {
			return false;
		}
	}

	static final String MARK = "Fairdesk test database: the next test run drops it";

	private static boolean leftoversDropped;

	/** Creates an empty database and returns its JDBC URL. */
	public static synchronized String createFresh(String prefix) {
		if (!leftoversDropped) {
			dropUnusedTestDatabases();
			leftoversDropped = true;
		}
		String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		execute("comment on database " + name + " is '" + MARK + "'");
		return url(name);
	}

	/** Drops earlier runs' databases (by their mark); one still in use (another run on this machine) is kept. */
	private static void dropUnusedTestDatabases() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
			for (String name : testDatabases()) {
				try (Statement drop = connection.createStatement()) {
					drop.execute("drop database if exists " + name);
				}
				catch (SQLException inUse) {
					// another test run is using it
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL: could not drop old test databases", e);
		}
	}

	/** The databases test runs made: those with the mark, whatever they are called. */
	static java.util.List<String> testDatabases() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement();
				var names = statement.executeQuery("select datname from pg_database d"
						+ " where shobj_description(d.oid, 'pg_database') = '" + MARK + "'")) {
			java.util.List<String> found = new java.util.ArrayList<>();
			while (names.next()) {
				found.add(names.getString(1));
			}
			return found;
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL: could not list old test databases", e);
		}
	}

	static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL: " + sql + " failed", e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

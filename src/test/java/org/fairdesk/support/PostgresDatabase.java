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
 * test of a run drops the test databases that nobody is connected to any more.
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

	private static boolean leftoversDropped;

	/** Creates an empty database and returns its JDBC URL. */
	public static synchronized String createFresh(String prefix) {
		if (!leftoversDropped) {
			dropUnusedTestDatabases();
			leftoversDropped = true;
		}
		String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		return url(name);
	}

	/** Drops earlier runs' databases; one still in use (another run on this machine) refuses and is kept. */
	private static void dropUnusedTestDatabases() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement();
				var names = statement.executeQuery("select datname from pg_database where datname like 'fairdesk\\_%'")) {
			java.util.List<String> old = new java.util.ArrayList<>();
			while (names.next()) {
				old.add(names.getString(1));
			}
			for (String name : old) {
				try (Statement drop = connection.createStatement()) {
					drop.execute("drop database if exists " + name);
				}
				catch (SQLException inUse) {
					// another test run is using it
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL: could not list old test databases", e);
		}
	}

	private static void execute(String sql) {
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

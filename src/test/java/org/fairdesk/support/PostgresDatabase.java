package org.fairdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests may use: 127.0.0.1:5432, user postgres (override with FAIRDESK_TEST_PG_HOST,
 * _PORT, _USER, _PASSWORD). Each test class gets a fresh database, dropped when the JVM exits.
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

	/** Creates an empty database and returns its JDBC URL. */
	public static String createFresh(String prefix) {
		String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
		return url(name);
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

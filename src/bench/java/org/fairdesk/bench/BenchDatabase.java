package org.fairdesk.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh PostgreSQL database for one run, created through the {@code postgres} database and dropped at the end. */
final class BenchDatabase implements AutoCloseable {

	private final String server;
	private final String user;
	private final String password;
	private final String name;
	private final Thread dropOnExit;
	private boolean dropped;

	private BenchDatabase(String server, String user, String password) {
		this.server = server;
		this.user = user;
		this.password = password;
		this.name = "fairdesk_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute("create database " + name);
		this.dropOnExit = new Thread(this::drop, "drop-" + name);
		Runtime.getRuntime().addShutdownHook(dropOnExit);
	}

	/** @param server host:port */
	static BenchDatabase createFresh(String server, String user, String password) {
		return new BenchDatabase(server, user, password);
	}

	String name() {
		return name;
	}

	/** @param options PostgreSQL settings for each connection ({@code -cname=value ...}), or empty */
	String url(String options) {
		return "jdbc:postgresql://" + server + "/" + name
				+ (options.isBlank() ? "" : "?options=" + URLEncoder.encode(options, StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		drop();
		try {
			Runtime.getRuntime().removeShutdownHook(dropOnExit);
		}
		catch (IllegalStateException exiting) {
			// already shutting down: the hook runs (and finds nothing to drop)
		}
	}

	private synchronized void drop() {
		if (!dropped) {
			execute("drop database if exists " + name + " with (force)");
			dropped = true;
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user,
				password); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + server + ": " + sql + " failed", e);
		}
	}
}

package org.fairdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the SQL the application itself runs, with its parameters and how long each statement took, on the thread
 * that asked for it and only while it asks: the metrics bench times {@code MetricsManagement.dashboard} statement by
 * statement and replays each under {@code EXPLAIN ANALYZE}, without copying the queries out of
 * {@code MetricsQueries}. The application's {@link DataSource} bean is wrapped; on any thread that is not recording
 * (every HTTP request of the load) {@code getConnection} hands out the pool's own connection, unwrapped.
 */
final class MetricsStatements {

	/** One execution: the statement's text, its parameters by index (1-based) and its time in nanoseconds. */
	record Executed(String sql, Map<Integer, Object> parameters, long nanos) {

		List<Object> parameterList() {
			return new ArrayList<>(parameters.values());
		}
	}

	private static final ThreadLocal<List<Executed>> RECORDING = new ThreadLocal<>();

	private MetricsStatements() {
	}

	/** Wraps the application's DataSource; register before the context refreshes. */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
			}
		};
	}

	/** Runs {@code work} on this thread and returns what it executed, in order. */
	static List<Executed> record(Runnable work) {
		List<Executed> executed = new ArrayList<>();
		RECORDING.set(executed);
		try {
			work.run();
		}
		finally {
			RECORDING.remove();
		}
		return executed;
	}

	private static DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(MetricsStatements.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(proxy, target, method, args);
					List<Executed> recording = RECORDING.get();
					if (recording != null && method.getName().equals("getConnection")) {
						return connection((Connection) result, recording);
					}
					return result;
				});
	}

	private static Connection connection(Connection target, List<Executed> recording) {
		return (Connection) Proxy.newProxyInstance(MetricsStatements.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					Object result = invoke(proxy, target, method, args);
					if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
						return statement(statement, (String) args[0], recording);
					}
					return result;
				});
	}

	private static PreparedStatement statement(PreparedStatement target, String sql, List<Executed> recording) {
		Map<Integer, Object> parameters = new TreeMap<>();
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				parameters.put(index, name.equals("setNull") ? NULL : args[1]);
			}
			else if (name.equals("clearParameters")) {
				parameters.clear();
			}
			if (name.equals("executeQuery") || name.equals("execute") || name.equals("executeUpdate")) {
				long start = System.nanoTime();
				Object result = invoke(proxy, target, method, args);
				recording.add(new Executed(sql, new TreeMap<>(parameters), System.nanoTime() - start));
				return result;
			}
			return invoke(proxy, target, method, args);
		};
		return (PreparedStatement) Proxy.newProxyInstance(MetricsStatements.class.getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, handler);
	}

	/** Stands for a parameter set with {@code setNull}. */
	static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null";
		}
	};

	/** Calls the wrapped object, except that a proxy is equal only to itself. */
	private static Object invoke(Object proxy, Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("equals") && args != null && args.length == 1) {
			return proxy == args[0];
		}
		if (method.getName().equals("hashCode") && args == null) {
			return System.identityHashCode(proxy);
		}
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}

package org.fairdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by every PostgreSQL process on the machine (backends, WAL writer, …), read from the
 * JVM and from {@code /proc}. A rate measured on these machines swings with the disk's commit latency; the CPU an
 * assignment costs does not, so it shows whether a change made routing cheaper even when the rate cannot.
 */
final class CpuMeter {

	/** Linux's USER_HZ: /proc reports process times in these ticks (100 on every mainstream kernel). */
	private static final long TICKS_PER_SECOND = 100;

	record Reading(long jvmNanos, long postgresNanos) {

		Reading minus(Reading earlier) {
			return new Reading(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos);
		}
	}

	private CpuMeter() {
	}

	static Reading read() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return new Reading(os.getProcessCpuTime(), postgresNanos());
	}

	private static long postgresNanos() {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			long ticks = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.mapToLong(CpuMeter::postgresTicks)
				.sum();
			return ticks * (1_000_000_000L / TICKS_PER_SECOND);
		}
		catch (IOException e) {
			return 0; // no /proc (not Linux): the JVM's share is still reported
		}
	}

	/**
	 * utime + stime of a process named postgres, plus cutime + cstime: the postmaster collects there the CPU of its
	 * backends and workers that have exited, so one that ends inside the window still counts. Else 0.
	 */
	private static long postgresTicks(Path process) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			int close = stat.lastIndexOf(')'); // the name may hold spaces; the fields after it do not
			if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
				return 0;
			}
			String[] fields = stat.substring(close + 2).split(" ");
			long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14, 15 of proc(5)
			long exitedChildren = Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16, 17
			return own + exitedChildren;
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}

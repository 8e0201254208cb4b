package org.fairdesk.lab.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fairdesk.shared.InvalidInputException;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar fairdesk.jar lab run scenario.yaml}: runs a scenario without the web server or a database and
 * writes its result as JSON on standard output; progress and problems go to standard error.
 */
public final class LabCommand {

	private LabCommand() {
	}

	/** Whether the command line asks for the lab rather than the application. */
	public static boolean isLab(String[] args) {
		return args.length >= 1 && args[0].equals("lab");
	}

	/** Runs the command; returns the exit status (0 done, 1 refused, 2 wrong usage). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 3 || !args[1].equals("run")) {
			err.println("usage: java -jar fairdesk.jar lab run scenario.yaml");
			return 2;
		}
		Scenario scenario;
		try {
			scenario = Scenarios.read(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			err.println("cannot read " + args[2] + ": " + e.getMessage());
			return 2;
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> err.println(p.field() + ": " + p.message()));
			return 1;
		}
		long started = System.nanoTime();
		SimulationResult result = Simulation.run(scenario);
		err.printf("%d months simulated in %.1f s on %d threads%n", result.monthsSimulated(),
				(System.nanoTime() - started) / 1e9, Runtime.getRuntime().availableProcessors());
		out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
		return 0;
	}
}

package org.fairdesk.lab.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fairdesk.lab.GoalManagement;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar fairdesk.jar lab run scenario.yaml [--json FILE] [--csv FILE]}: runs a scenario (a file, or a
 * shipped one as {@code preset:two-plans}) without the web server or a database. A progress bar goes to standard
 * error; the summary table and the verdicts against the default behaviour goals to standard output; the whole
 * result, as the API gives it, to the files named.
 */
public final class LabCommand {

	static final String USAGE = "usage: java -jar fairdesk.jar lab run <scenario.yaml | preset:KEY> "
			+ "[--json FILE] [--csv FILE]";

	private LabCommand() {
	}

	/** Whether the command line asks for the lab rather than the application. */
	public static boolean isLab(String[] args) {
		return args.length >= 1 && args[0].equals("lab");
	}

	/** Runs the command; returns the exit status (0 done, 1 refused, 2 wrong usage). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Optional<Map<String, String>> options = options(args);
		if (options.isEmpty()) {
			err.println(USAGE);
			err.println("presets: " + String.join(", ", ScenarioPresets.list().stream().map(p -> "preset:" + p.key())
				.toList()));
			return 2;
		}
		String source = options.get().get("scenario");
		String yaml;
		try {
			yaml = read(source);
		}
		catch (IOException e) {
			err.println("cannot read " + source + ": " + e.getMessage());
			return 2;
		}
		Scenario scenario;
		try {
			scenario = Scenarios.read(yaml);
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> err.println(p.field() + ": " + p.message()));
			return 1;
		}
		return simulate(scenario, options.get(), out, err);
	}

	private static int simulate(Scenario scenario, Map<String, String> options, PrintStream out, PrintStream err) {
		int threads = Runtime.getRuntime().availableProcessors();
		Progress progress = new Progress();
		long started = System.nanoTime();
		SimulationResult result;
		try (ProgressBar bar = new ProgressBar(progress, err)) {
			result = Simulation.run(scenario, threads, progress);
		}
		err.printf("%d months simulated in %.1f s on %d threads%n", result.monthsSimulated(),
				(System.nanoTime() - started) / 1e9, threads);
		List<GoalVerdicts.CellVerdicts> verdicts = GoalVerdicts.of(result, GoalManagement.defaults(),
				scenario.reps().size());
		out.print(RunSummary.figures(result));
		out.println();
		out.println("Behaviour goals (the default set; figure and margin, positive on the goal's side):");
		out.print(RunSummary.verdicts(verdicts));
		return write(options, result, verdicts, err);
	}

	private static int write(Map<String, String> options, SimulationResult result,
			List<GoalVerdicts.CellVerdicts> verdicts, PrintStream err) {
		try {
			@Nullable String json = options.get("--json");
			if (json != null) {
				Files.writeString(Path.of(json), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
					.build().writeValueAsString(Map.of("result", result, "verdicts", verdicts)));
			}
			@Nullable String csv = options.get("--csv");
			if (csv != null) {
				Files.writeString(Path.of(csv), LabRunCsv.write(result, verdicts));
			}
			return 0;
		}
		catch (IOException e) {
			err.println("cannot write the results: " + e.getMessage());
			return 2;
		}
	}

	/** {@code lab run SOURCE} and then {@code --json FILE} and {@code --csv FILE} in any order; empty if not so. */
	static Optional<Map<String, String>> options(String[] args) {
		if (args.length < 3 || args.length % 2 == 0 || !args[0].equals("lab") || !args[1].equals("run")) {
			return Optional.empty();
		}
		Map<String, String> options = new TreeMap<>();
		options.put("scenario", args[2]);
		for (int i = 3; i < args.length; i += 2) {
			if (!List.of("--json", "--csv").contains(args[i]) || options.put(args[i], args[i + 1]) != null) {
				return Optional.empty();
			}
		}
		return Optional.of(options);
	}

	private static String read(String source) throws IOException {
		if (source.startsWith("preset:")) {
			String key = source.substring("preset:".length());
			return ScenarioPresets.find(key).map(ScenarioPresets.Preset::yaml)
				.orElseThrow(() -> new IOException("no preset " + key));
		}
		return Files.readString(Path.of(source), StandardCharsets.UTF_8);
	}
}

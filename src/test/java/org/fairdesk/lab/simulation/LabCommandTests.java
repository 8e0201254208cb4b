package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void runsAScenarioFileAndWritesTheResultAsJson() throws Exception {
		Path file = Files.writeString(dir.resolve("scenario.yaml"), """
				seed: 1
				months: 2
				replications: 2
				policies: [RANDOM]
				plans: [{preset: pool-split-equally}]
				team: {size: 3}
				behaviour: {trainingMonths: 1, maxRounds: 2}
				""");

		assertThat(run("lab", "run", file.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"DONE\"", "\"cherryPickIndex\"",
				"\"plan\" : \"Team pool split equally\"");
	}

	@Test
	void aWrongScenarioNamesItsPathsAndFails() throws Exception {
		Path file = Files.writeString(dir.resolve("scenario.yaml"), "policies: [RANDOM]\nplans: []\nmonths: 99\n");

		assertThat(run("lab", "run", file.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("months: is out of range", "plans: must name");
	}

	@Test
	void aWrongCommandLineShowsTheUsage() {
		assertThat(LabCommand.isLab(new String[] { "--server.port=8081" })).isFalse();
		assertThat(run("lab", "walk")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar fairdesk.jar lab run");
	}

	private int run(String... args) {
		return LabCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}

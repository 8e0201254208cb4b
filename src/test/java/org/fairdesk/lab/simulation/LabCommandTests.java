package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void runsAScenarioFileWithAProgressBarASummaryTableAndVerdicts() throws Exception {
		Path file = Files.writeString(dir.resolve("scenario.yaml"), """
				seed: 1
				months: 2
				replications: 2
				policies: [RANDOM]
				plans: [{preset: pool-split-equally}]
				team: {size: 3}
				behaviour: {trainingMonths: 1, maxRounds: 2}
				""");

		Path json = dir.resolve("result.json");
		Path csv = dir.resolve("result.csv");

		assertThat(run("lab", "run", file.toString(), "--json", json.toString(), "--csv", csv.toString())).isZero();
		List<String> table = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(table.get(0)).startsWith("plan").contains("routing", "cherry-pick index", "pay a month");
		assertThat(table.get(2)).startsWith("Team pool split equally").contains("RANDOM");
		assertThat(table).anySatisfy(line -> assertThat(line).contains("CHERRY_PICKING (CHERRY_PICK_INDEX <= "));
		assertThat(table.get(table.size() - 1)).startsWith("Team pool split equally")
			.containsPattern("(MET|MISSED|UNCERTAIN) \\d\\.\\d\\d \\([+-]\\d");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("] 100 %", "months simulated in");
		assertThat(Files.readString(json)).contains("\"status\" : \"DONE\"", "\"cherryPickIndex\"",
				"\"plan\" : \"Team pool split equally\"", "\"verdicts\"");
		assertThat(Files.readString(csv)).startsWith("plan,policy,measure,mean,low,high,threshold,verdict")
			.contains("Team pool split equally,RANDOM,cherryPickIndex,");
	}

	@Test
	void runsAShippedPresetByName() {
		assertThat(LabCommand.options(new String[] { "lab", "run", "preset:two-plans" })).isPresent();
		assertThat(ScenarioPresets.find("two-plans")).get()
			.satisfies(p -> assertThat(Scenarios.read(p.yaml()).plans()).hasSize(2));
		assertThat(ScenarioPresets.find("routing-and-plans")).get()
			.satisfies(p -> assertThat(p.title()).isEqualTo("The preset comparison"));
		assertThat(run("lab", "run", "preset:nothing")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no preset nothing");
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
		assertThat(run("lab", "run", "x.yaml", "--pdf", "x.pdf")).isEqualTo(2);
		assertThat(run("lab", "run", "x.yaml", "--json")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar fairdesk.jar lab run", "preset:two-plans");
	}

	private int run(String... args) {
		return LabCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}

package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** A scenario is checked like a plan: every problem named by its path and why. */
class ScenariosTests {

	private static final String VALID = """
			seed: 3
			policies: [ROUND_ROBIN, SELF_ELECT]
			plans:
			  - preset: commission
			reps:
			  - {skill: 1.1, hours: 40}
			  - {skill: 0.9, hours: 20}
			  - {}
			""";

	@Test
	void aValidScenarioGetsItsDefaults() {
		Scenario scenario = Scenarios.read(VALID);

		assertThat(scenario.reps()).hasSize(3);
		assertThat(scenario.reps().get(1).hoursPerWeek()).isEqualTo(20);
		assertThat(scenario.reps().get(2).skill()).isEqualTo(1);
		assertThat(scenario.policies()).containsExactly(Policy.ROUND_ROBIN, Policy.SELF_ELECT);
		assertThat(scenario.plans()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Commission"));
		assertThat(scenario.months()).isEqualTo(3);
		assertThat(scenario.replications()).isEqualTo(20);
		assertThat(scenario.currency().getCurrencyCode()).isEqualTo("EUR");
	}

	/** A walk-through's run of one plan read "1 plans × 2 policies". */
	@Test
	void aRunsDescriptionCountsInWords() {
		assertThat(LabRuns.describe(Scenarios.read(VALID)))
			.isEqualTo("1 plan × 2 policies, 3 reps, 3 months, 20 replications");
		assertThat(LabRuns.describe(Scenarios.read(VALID.replace("[ROUND_ROBIN, SELF_ELECT]", "[RANDOM]")
			+ "months: 1\nreplications: 1\n"))).isEqualTo("1 plan × 1 policy, 3 reps, 1 month, 1 replication");
	}

	@Test
	void aGeneratedTeamIsTheSameForTheSameSeed() {
		String yaml = "policies: [RANDOM]\nplans: [{preset: pool-split-equally}]\nteam: {size: 12}\nseed: 5\n";
		assertThat(Scenarios.read(yaml).reps()).hasSize(12).isEqualTo(Scenarios.read(yaml).reps());
		assertThat(Scenarios.read(yaml.replace("seed: 5", "seed: 6")).reps())
			.isNotEqualTo(Scenarios.read(yaml).reps());
	}

	@Test
	void aRepOutOfRangeIsNamedByItsPath() {
		assertThat(problems(VALID.replace("{}", "{skill: 7}")))
			.containsExactly(new FieldProblem("reps[2].skill", "is out of range: must be between 0.1 and 3, got 7"));
	}

	@Test
	void aNegativeRateIsRefused() {
		assertThat(problems(VALID + "arrivals: {ordersPerRepPerDay: -1}\n"))
			.containsExactly(new FieldProblem("arrivals.ordersPerRepPerDay",
					"must not be negative: must be between 0 and 100, got -1"));
	}

	@Test
	void aScenarioWithoutRepsIsRefused() {
		assertThat(problems("policies: [RANDOM]\nplans: [{preset: commission}]\nreps: []\n"))
			.extracting(FieldProblem::field)
			.containsExactly("reps");
	}

	/** A walk-through's finding: with both reps and a team, a rep's own figure out of range went unnamed. */
	@Test
	void repsAndATeamTogetherAreNamedWithEachOfTheirOwnProblems() {
		assertThat(problems(VALID.replace("{}", "{skill: 7}") + "team: {size: 0}\n")).containsExactlyInAnyOrder(
				new FieldProblem("team", "give either reps (each rep) or team (drawn at random), not both"),
				new FieldProblem("reps[2].skill", "is out of range: must be between 0.1 and 3, got 7"),
				new FieldProblem("team.size", "is out of range: must be between 1 and 200, got 0"));
	}

	/**
	 * A walk-through's finding: a tab was reported on the line before it, and a bracket left open as the member's value
	 * being a list; the YAML is checked as YAML first, each problem at its own line.
	 */
	@Test
	void textThatIsNotYamlIsNamedWhereItStopsBeingYaml() {
		assertThat(withLines("seed: 3\npolicies: [RANDOM]\nplans:\n\t- preset: commission\n")).containsExactly(
				new FieldProblem("scenario", "is not valid YAML at line 4, column 1: a tab cannot indent YAML; indent "
						+ "with spaces", 4));
		assertThat(withLines("seed: 3\npolicies: [RANDOM\nplans: [{preset: commission}]\n"))
			.extracting(FieldProblem::field, FieldProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("scenario", 3));
		assertThat(problems("seed: 3\npolicies: [RANDOM\nplans: [{preset: commission}]\n").get(0).message())
			.startsWith("is not valid YAML at line 3, column ").contains("in what starts at line 2, column 11");
	}

	@Test
	void anUnknownPlanOrPolicyIsNamed() {
		String yaml = "policies: [ROUND_ROBIN, FASTEST]\nplans: [{preset: commission}, {preset: bonus-bonanza}]\n";
		assertThat(problems(yaml)).extracting(FieldProblem::field).containsExactly("policies[1]", "plans[1].preset");
	}

	@Test
	void anInlinePlanIsCheckedLikeAnyPlanUnderItsPath() {
		String yaml = """
				policies: [RANDOM]
				plans:
				  - yaml: |
				      name: Broken
				      components:
				        - type: pool
				          basis: REVENUE
				          percent: -5
				          split: {by: EQUAL}
				""";
		assertThat(problems(yaml)).extracting(FieldProblem::field)
			.singleElement()
			.asString()
			.startsWith("plans[0].document.components[0].percent");
	}

	@Test
	void replicationsAndTeamSizeHaveTheirRanges() {
		String base = "policies: [RANDOM]\nplans: [{preset: commission}]\n";
		assertThat(problems(base + "replications: 0\n")).extracting(FieldProblem::field).containsExactly("replications");
		assertThat(problems(base + "replications: 1001\n")).extracting(FieldProblem::field)
			.containsExactly("replications");
		assertThat(problems(base + "team: {size: 201}\n")).extracting(FieldProblem::field).containsExactly("team.size");
		assertThat(problems(base + "team: {size: 0}\n")).extracting(FieldProblem::field).containsExactly("team.size");
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		String yaml = "policies: []\nplans: []\nmonths: 0\nbehaviour: {rushSpeedup: 2}\nteam: {skill: [1.2, 0.8]}\n";
		assertThat(problems(yaml)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("months", "policies", "team.skill", "behaviour.rushSpeedup", "plans");
	}

	@Test
	void aListsMissingNumberIsNamed() {
		assertThat(problems(VALID + "behaviour: {effortLevels: [0.5, null, 9]}\n")).extracting(FieldProblem::field)
			.containsExactly("behaviour.effortLevels[1]", "behaviour.effortLevels[2]");
	}

	@Test
	void anUnknownKeyIsRefused() {
		assertThat(problems(VALID + "weather: sunny\n")).extracting(FieldProblem::field).containsExactly("weather");
	}

	/** A misspelt key is named with the scenario's other problems, not instead of them (a walk-through's finding). */
	@Test
	void anUnknownKeyIsNamedWithEveryOtherProblem() {
		String yaml = "bogus: 1\npolicies: [FOO]\nplans: []\nmonths: 0\nteam: {size: 4, skil: [1, 2]}\n"
				+ "reps: [{hours: 40}, {hours: 40, speeed: 2}]\n";
		assertThat(problems(yaml)).extracting(FieldProblem::field).contains("bogus", "team.skil", "reps[1].speeed",
				"months", "policies[0]", "plans");
		assertThat(problems(yaml).get(0).message()).startsWith("is not a member here; the members are [");
		// a value of the wrong kind still stops the reading (with what was found before it, if anything)
		assertThat(problems("bogus: 1\nseed: x\n")).extracting(FieldProblem::field).contains("seed");
	}

	/** A walk-through's finding: a key whose value is a list or a map was named at a later key ({@code behaviour.bogus}). */
	@Test
	void anUnknownKeyWhoseValueIsAListOrAMapIsNamedAtItsOwnKey() {
		assertThat(problems("bogus: [1,2]\n" + VALID)).extracting(FieldProblem::field).containsExactly("bogus");
		assertThat(problems("bogus: {a: [1]}\n" + VALID)).extracting(FieldProblem::field).containsExactly("bogus");
		assertThat(problems("policies: [RANDOM]\nplans: [{preset: pool-split-equally}]\nteam: {skil: [1, 2], size: 4}\n"))
			.extracting(FieldProblem::field).containsExactly("team.skil");
		assertThat(problems(VALID.replace("  - {}\n", "  - {speeed: [2], hours: 40}\n")))
			.extracting(FieldProblem::field).containsExactly("reps[2].speeed");
	}

	/** The problems as refused, each with its line where it has one. */
	private static java.util.List<FieldProblem> withLines(String yaml) {
		try {
			Scenarios.read(yaml);
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("the scenario was accepted");
	}

	private static java.util.List<FieldProblem> problems(String yaml) {
		try {
			Scenarios.read(yaml);
		}
		catch (InvalidInputException e) {
			return e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
		}
		throw new AssertionError("the scenario was accepted");
	}

	@Test
	void thePresetComparisonIsAValidScenarioOfSixteenCellsAtTheSizeTheIssueNames() throws Exception {
		String yaml = java.nio.file.Files.readString(java.nio.file.Path.of(
				"src/main/resources/lab/scenarios/routing-and-plans.yaml"));
		Scenario scenario = Scenarios.read(yaml);
		assertThat(scenario.policies().size() * scenario.plans().size()).isEqualTo(16);
		assertThat(scenario.reps()).hasSize(20);
		assertThat(scenario.months()).isEqualTo(12);
		assertThat(scenario.replications()).isEqualTo(100);
	}

	/**
	 * A walk-through's finding: a run of some 20 days was accepted. The size is checked when the scenario is read,
	 * naming the figures that make it large, with the size computed and the limit.
	 */
	@Test
	void aRunTooLargeIsRefusedNamingWhatMakesItLarge() {
		String huge = """
				months: 60
				replications: 1000
				policies: [ROUND_ROBIN, LEAST_LOADED, RANDOM, VALUE_BALANCED, MANAGER, SELF_ELECT]
				plans: [{preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},
				        {preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},
				        {preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},
				        {preset: commission}]
				team: {size: 200}
				arrivals: {ordersPerRepPerDay: 100, quotesPerRepPerDay: 100, queriesPerRepPerDay: 100}
				behaviour: {maxRounds: 50, trainingMonths: 24}
				""";
		assertThat(problems(huge)).extracting(FieldProblem::field).containsExactly("plans", "policies", "months",
				"replications", "team.size", "arrivals.ordersPerRepPerDay", "arrivals.quotesPerRepPerDay",
				"arrivals.queriesPerRepPerDay", "behaviour.maxRounds", "behaviour.trainingMonths");
		assertThat(problems(huge).get(0).message()).startsWith("makes the run too large: about ")
			.contains("60 plan x policy cells x (60 months x 1,000 replications + up to 50 rounds x 200 reps x 12 "
					+ "choices x 24 training months)")
			.contains("at most 3,000,000,000");

		// just the replications and months that make the preset comparison too large, with the figures it multiplies
		String comparison = preset("routing-and-plans").replace("months: 12", "months: 60")
			.replace("replications: 100", "replications: 1000");
		assertThat(problems(comparison)).extracting(FieldProblem::field)
			.containsExactly("plans", "policies", "months", "replications", "team.size");
		// a listed team is named as the list
		assertThat(problems(comparison.replace("team: {size: 20}", "reps: [" + "{}, ".repeat(19) + "{}]")))
			.extracting(FieldProblem::field).contains("reps");
		// without responses there are no training months to count
		Scenario mechanical = Scenarios.read(comparison.replace("replications: 1000", "replications: 300")
			+ "behaviour: {respond: false}\n");
		assertThat(Scenarios.size(mechanical).trainingMonths()).isZero();
	}

	@Test
	void theSizeCountsReplicationsBestResponsesRequestsAndPay() {
		Scenario scenario = Scenarios.read(preset("routing-and-plans"));
		Scenarios.Size size = Scenarios.size(scenario);
		assertThat(size.cells()).isEqualTo(16);
		assertThat(size.replicationMonths()).isEqualTo(1200);
		assertThat(size.trainingMonths()).isEqualTo(8 * 20 * 12 * 4);
		// 20 reps x 6.5 requests a day x 5 weekday weights of 1 x 365.25 / 84 weeks: the 2,830 of a month of the bench
		assertThat(size.requestsPerMonth()).isCloseTo(2826, org.assertj.core.data.Offset.offset(1.0));
		assertThat(size.work()).isCloseTo(16 * (1200 + 7680) * (2826.3 + 30 * 20),
				org.assertj.core.data.Offset.offset(1e6));
	}

	/** Every shipped scenario, and every scenario docs/lab.md shows, is within the limit. */
	@Test
	void everyShippedAndDocumentedScenarioIsWithinTheLimit() throws Exception {
		assertThat(ScenarioPresets.list()).isNotEmpty().allSatisfy(
				preset -> assertThat(Scenarios.size(Scenarios.read(preset.yaml())).work())
					.isLessThanOrEqualTo(Scenarios.MAX_WORK));
		String labMd = java.nio.file.Files.readString(java.nio.file.Path.of("docs/lab.md"));
		java.util.regex.Matcher yaml = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
			.matcher(labMd);
		int documented = 0;
		while (yaml.find()) {
			assertThat(Scenarios.size(Scenarios.read(yaml.group(1))).work()).isLessThanOrEqualTo(Scenarios.MAX_WORK);
			documented++;
		}
		assertThat(documented).isPositive();
		// the quicker look at the comparison lab.md runs (6 months, 20 replications), and the full one
		String comparison = preset("routing-and-plans");
		Scenarios.read(comparison.replace("replications: 100", "replications: 20").replace("months: 12", "months: 6"));
		assertThat(Scenarios.size(Scenarios.read(comparison)).work()).isBetween(4.8e8, 4.9e8);
	}

	private static String preset(String key) {
		return ScenarioPresets.find(key).orElseThrow().yaml();
	}
}

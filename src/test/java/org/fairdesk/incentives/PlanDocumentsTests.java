package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fairdesk.incentives.PlanDocument.Basis;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.SplitBy;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Reading plan documents: every bad field named by its path and why, nothing else accepted. */
class PlanDocumentsTests {

	private static final String VALID = SomePlans.marginPool("5");

	private static InvalidInputException rejected(String yaml) {
		return catchThrowableOfType(InvalidInputException.class, () -> PlanDocuments.parse(yaml));
	}

	private static FieldProblem onlyProblem(String yaml) {
		List<FieldProblem> problems = rejected(yaml).problems();
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	/** A pool with more in it: {@code extra} is indented as the pool's members. */
	private static String pool(String extra) {
		return VALID.replace("    split: {by: EQUAL}\n", "    split: {by: EQUAL}\n" + extra.indent(4));
	}

	@Test
	void a_valid_document_parses() {
		PlanDocument document = PlanDocuments.parse(VALID);

		assertThat(document.name()).isEqualTo("Team margin pool");
		Pool pool = (Pool) document.components().get(0);
		assertThat(pool.basis()).isEqualTo(Basis.GROSS_MARGIN);
		assertThat(pool.percent()).isEqualByComparingTo("5");
		assertThat(pool.split().by()).isEqualTo(SplitBy.EQUAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "commission", "salesperson-of-the-month", "revenue-pool-csat-handling",
			"pool-split-equally", "pool-split-by-hours", "pool-split-by-seniority", "team-first-hybrid" })
	void every_preset_is_a_valid_document(String preset) throws IOException {
		String yaml = new ClassPathResource("plans/presets/" + preset + ".yaml").getContentAsString(StandardCharsets.UTF_8);

		assertThat(PlanDocuments.parse(yaml).components()).isNotEmpty();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t\n" })
	void a_blank_document_is_rejected(String yaml) {
		assertThat(rejected(yaml).problems()).containsExactly(new FieldProblem("document", "is required: a YAML plan document"));
	}

	@Test
	void an_unknown_block_is_refused_on_its_type() {
		assertThat(onlyProblem(VALID.replace("type: pool", "type: bonus")))
			.isEqualTo(new FieldProblem("document.components[0].type", "must be pool, prizes or commission, got 'bonus'"));
		assertThat(onlyProblem(VALID.replace("  - type: pool\n    basis", "  - basis")).field())
			.isEqualTo("document.components[0].type");
	}

	@Test
	void an_unknown_metric_or_member_is_refused_by_its_path() {
		FieldProblem metric = onlyProblem(pool("gates: [{metric: HAPPINESS, atLeast: 4, onFail: WITHHOLD}]"));
		assertThat(metric.field()).isEqualTo("document.components[0].gates[0].metric");
		assertThat(metric.message()).contains("\"HAPPINESS\"").contains("CSAT").doesNotContain("java");
		FieldProblem member = onlyProblem(pool("bonus: 10"));
		assertThat(member.field()).isEqualTo("document.components[0].bonus");
		assertThat(member.message()).startsWith("is not a member here; the members are [");
	}

	/** Each unknown member of a document as {@code field @ line}, the line the editor points at. */
	private static List<String> unknown(String document) {
		return PlanDocumentLines.located(rejected(document), document).problems().stream()
			.filter(problem -> problem.message().startsWith("is not a member here"))
			.map(problem -> problem.field() + " @ " + problem.line())
			.toList();
	}

	/**
	 * A walk-through's finding: a member whose value is a list or a map was named from where the reading had got to
	 * once the record was read, at a later member or an item that is not there ({@code document.components[2].a},
	 * line 3, for a key on the first line). Each is named at its own key, in YAML and in JSON, at the top and below.
	 */
	@Test
	void an_unknown_member_whose_value_is_a_list_or_a_map_is_named_at_its_own_key_and_line() {
		String plan = "name: X\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]\n";
		assertThat(unknown("a: [1,2]\n" + plan)).containsExactly("document.a @ 1");
		assertThat(unknown("a: {b: [1]}\n" + plan)).containsExactly("document.a @ 1");
		assertThat(unknown("a: 1\n" + plan)).containsExactly("document.a @ 1");
		assertThat(unknown("name: X\ncomponents:\n  - type: pool\n    basis: GROSS_MARGIN\n    extra: [1, 2]\n"
				+ "    percent: 5\n    split: {by: EQUAL}\n")).containsExactly("document.components[0].extra @ 5");
		assertThat(unknown(plan.replace("percent: 5,", "percent: 5, extra: [1, 2],")))
			.containsExactly("document.components[0].extra @ 2");
		assertThat(unknown(plan.replace("{by: EQUAL}", "{extra: [1], by: EQUAL}")))
			.containsExactly("document.components[0].split.extra @ 2");
		// before the type, where the component's members are buffered until it is known
		assertThat(unknown("name: X\ncomponents:\n  - extra: {b: 1}\n    split:\n      more: [1]\n      by: EQUAL\n"
				+ "    type: pool\n    basis: GROSS_MARGIN\n    percent: 5\n    later: [2]\n"))
			.containsExactly("document.components[0].split.more @ 5", "document.components[0].extra @ 3",
					"document.components[0].later @ 10");
		assertThat(unknown("name: X\ncomponents:\n  - type: pool\n    basis: GROSS_MARGIN\n    percent: 5\n"
				+ "    split: {by: EQUAL}\n  - type: pool\n    basis: REVENUE\n    percent: 1\n    extra: [1]\n"
				+ "    split: {by: EQUAL}\npayout: {floor: 1, extra: [3]}\n")).containsExactly(
						"document.components[1].extra @ 10", "document.payout.extra @ 12");
	}

	@Test
	void an_unknown_member_of_a_document_written_as_json_is_named_at_its_own_key() {
		String json = """
				{"a": [1, 2],
				 "name": "X",
				 "components": [{"type": "pool", "basis": "GROSS_MARGIN", "percent": 5,
				                 "extra": {"b": [1]}, "split": {"by": "EQUAL", "also": []}}],
				 "payout": {"cap": 10, "more": {}}}
				""";
		assertThat(unknown(json)).containsExactlyInAnyOrder("document.a @ 1", "document.components[0].split.also @ 4",
				"document.components[0].extra @ 4", "document.payout.more @ 5");
	}

	@Test
	void an_unknown_member_is_named_with_every_other_problem() {
		List<FieldProblem> problems = rejected(pool("bonus: 10").replace("percent: 5", "percent: -5")).problems();
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("document.components[0].bonus", "document.components[0].percent");
	}

	@Test
	void a_key_given_twice_is_refused_rather_than_the_last_one_winning() {
		assertThat(onlyProblem(VALID.replace("    percent: 5\n", "    percent: 5\n    percent: 50\n")))
			.isEqualTo(new FieldProblem("document.components[0].percent",
					"is given twice at line 6, column 12; give each member once"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "100.01", "2.00001" })
	void a_negative_zero_or_too_fine_rate_is_refused(String percent) {
		assertThat(onlyProblem(SomePlans.marginPool(percent))).isEqualTo(new FieldProblem("document.components[0].percent",
				"must be a percentage more than 0 and at most 100, with at most 4 decimals, got " + new BigDecimal(percent)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e-150000000", "1e999999999" })
	void a_number_too_large_or_too_fine_to_write_out_is_refused_without_writing_it_out(String percent) {
		FieldProblem problem = onlyProblem(SomePlans.marginPool(percent));

		assertThat(problem.field()).isEqualTo("document.components[0].percent");
		assertThat(problem.message()).startsWith("must be a number with at most 100 digits").hasSizeLessThan(200);
	}

	@Test
	void components_whose_amounts_together_can_pay_one_rep_more_than_the_largest_amount_are_refused() {
		String prize = "  - {type: prizes, rankBy: ORDER_REVENUE, amounts: [%s], ties: SHARE}\n";
		String plan = "name: Millions\ncomponents:\n" + prize.formatted("999999999999.99").repeat(5)
				+ "  - {type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}\n"
				+ "payout: {floor: 999999999999.99}\n";

		assertThat(onlyProblem(plan)).isEqualTo(new FieldProblem("document.components[1].amounts[0]",
				"with the components before it, the plan can pay one rep 1999999999999.98, more than the largest amount "
						+ "Fairdesk pays (999999999999.99): the components together must pay a rep at most that; lower "
						+ "this amount or those before it"));
		// a prize list counts its largest prize (one rep wins one place), a capped pool its cap
		assertThat(onlyProblem("name: Capped\ncomponents:\n" + prize.formatted("1, 999999999999.98")
				+ "  - {type: pool, basis: GROSS_MARGIN, percent: 5, cap: 0.02, split: {by: EQUAL}}\n").field())
			.isEqualTo("document.components[1].cap");
		assertThat(PlanDocuments.parse("name: Exactly\ncomponents:\n" + prize.formatted("1, 999999999999.98")
				+ "  - {type: pool, basis: GROSS_MARGIN, percent: 5, cap: 0.01, split: {by: EQUAL}}\n"
				+ "payout: {floor: 999999999999.99}\n")).isNotNull();
	}

	@Test
	void a_cap_below_the_floor_is_refused() {
		assertThat(onlyProblem(VALID + "payout: {floor: 100, cap: 50}\n"))
			.isEqualTo(new FieldProblem("document.payout.cap", "must be at least the floor (100)"));
	}

	@Test
	void steps_out_of_order_are_refused_and_the_order_follows_the_metric() {
		String steps = "multipliers: [{metric: %s, steps: [{at: %s, factor: 1}, {at: %s, factor: 1.1}], otherwise: 0.9}]";

		assertThat(onlyProblem(pool(steps.formatted("CSAT", "4.5", "4.0")))).isEqualTo(new FieldProblem(
				"document.components[0].multipliers[0].steps[1].at",
				"must be above the step before it (4.5): steps go from the worst value to the best"));
		assertThat(onlyProblem(pool(steps.formatted("HANDLING_MEDIAN_MINUTES", "30", "60"))).message())
			.isEqualTo("must be below the step before it (30): steps go from the worst value to the best, and less is "
					+ "better for HANDLING_MEDIAN_MINUTES");
		assertThat(PlanDocuments.parse(pool(steps.formatted("HANDLING_MEDIAN_MINUTES", "60", "30")))).isNotNull();
	}

	@Test
	void a_ramp_whose_two_points_are_equal_is_refused() {
		assertThat(onlyProblem(pool("multipliers: [{metric: CSAT, ramp: {from: {at: 4, factor: 1}, to: {at: 4.0, "
				+ "factor: 1.2}}}]"))).isEqualTo(new FieldProblem("document.components[0].multipliers[0].ramp.to.at",
						"must differ from from.at (4): a ramp runs between two values"));
	}

	@Test
	void scorecard_weights_must_add_up_to_100() {
		String yaml = VALID.replace("split: {by: EQUAL}", "split: {by: BY_SCORECARD, scorecard: {cap: 1.5, measures: "
				+ "[{metric: CSAT, weight: 50}, {metric: QUERIES_RESOLVED, weight: 40}]}}");

		assertThat(onlyProblem(yaml)).isEqualTo(new FieldProblem("document.components[0].split.scorecard.measures",
				"weights must add up to 100, got 90"));
	}

	@Test
	void an_unknown_currency_is_refused() {
		assertThat(onlyProblem(VALID.replace("components:", "currency: EURO\ncomponents:"))).isEqualTo(
				new FieldProblem("document.currency", "must be a 3-letter ISO 4217 code such as EUR, got 'EURO'"));
	}

	@Test
	void amounts_take_the_plan_currency_decimals() {
		String yen = "name: Prize\ncurrency: JPY\ncomponents: [{type: prizes, rankBy: CSAT, amounts: [100.5], ties: SHARE}]";

		assertThat(onlyProblem(yen)).isEqualTo(new FieldProblem("document.components[0].amounts[0]",
				"must be an amount more than 0 and less than 10^12, with at most 0 decimals, got 100.5"));
	}

	@Test
	void rules_that_do_not_fit_together_are_refused_with_why() {
		assertThat(onlyProblem("name: C\ncomponents: [{type: commission, basis: REVENUE, tiers: [{from: 10, percent: 2}]}]"))
			.isEqualTo(new FieldProblem("document.components[0].tiers[0].from",
					"must be 0: the first tier starts at the first unit sold"));
		assertThat(onlyProblem("name: C\ncomponents: [{type: commission, basis: REVENUE, tiers: [{from: 0, percent: 2}], "
				+ "gates: [{metric: CSAT, atLeast: 4, onFail: REDISTRIBUTE}]}]").message())
			.startsWith("must be WITHHOLD: a commission is each rep's own");
		assertThat(onlyProblem(pool("gates: [{metric: ORDERS_FULFILLED, atLeast: 4, minSample: 3, smallSample: PASS, "
				+ "onFail: WITHHOLD}]")).field()).isEqualTo("document.components[0].gates[0].minSample");
		assertThat(onlyProblem(pool("gates: [{metric: CSAT, atLeast: 4, atMost: 5, onFail: WITHHOLD}]")).message())
			.isEqualTo("must have either atLeast or atMost, not both");
		// neither is not "both" (a walk-through read that message for a gate with no bound at all)
		assertThat(onlyProblem(pool("gates: [{metric: CSAT, onFail: WITHHOLD}]")).message())
			.isEqualTo("must have atLeast or atMost: it has neither");
		assertThat(onlyProblem(pool("multipliers: [{metric: CSAT}]")).message())
			.isEqualTo("must have steps (with otherwise) or a ramp: it has neither");
		assertThat(onlyProblem(VALID.replace("split: {by: EQUAL}", "split: {by: BY_SENIORITY, seniority: "
				+ "[{fromMonths: 3, weight: 1}]}")).field()).isEqualTo("document.components[0].split.seniority[0].fromMonths");
	}

	@Test
	void every_missing_field_is_named_at_once() {
		InvalidInputException e = rejected("components: [{type: pool, percent: 0}]");

		assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("document.name",
				"document.components[0].basis", "document.components[0].percent", "document.components[0].split");
	}

	/**
	 * A walk-through's finding: a tab on line 3 was reported at line 2, and a bracket left open as the member's value
	 * being "a list"; the document is checked as YAML first, the problem on its own line, as the editor shows it.
	 */
	@Test
	void text_that_is_not_yaml_is_named_where_it_stops_being_yaml() {
		assertThat(onlyProblem("name: X\ncomponents:\n\t- type: pool\n")).isEqualTo(new FieldProblem("document",
				"is not valid YAML at line 3, column 1: a tab cannot indent YAML; indent with spaces", 3));
		FieldProblem open = onlyProblem("name: X\ncomponents:\n  - type: pool\n    basis: [GROSS_MARGIN\n");
		assertThat(open.field()).isEqualTo("document");
		assertThat(open.message()).startsWith("is not valid YAML at line ")
			.endsWith("in what starts at line 4, column 12");
		assertThat(onlyProblem("name: X\u0007\ncomponents: []\n")).isEqualTo(new FieldProblem("document",
				"must not contain the character U+0007, found at line 1", 1));
	}

	/** A walk-through's finding: a plan named by {@code !!binary aGVsbG8=} was stored as "aGVsbG8=". */
	@Test
	void yaml_that_is_not_read_as_written_is_named() {
		assertThat(onlyProblem("name: !!binary aGVsbG8=\ncomponents: []\n")).isEqualTo(new FieldProblem("document",
				"uses the tag !!binary at line 1, which is not read here: write the value without it", 1));
		assertThat(onlyProblem("name: !team X\ncomponents: []\n").message()).startsWith("uses the tag !team at line 1");
		assertThat(onlyProblem("name: X\ncomponents:\n  - &a {type: pool}\n  - *a\n")).isEqualTo(new FieldProblem(
				"document", "uses an anchor or alias (&a) at line 3, which is not read here: write the value out where it "
						+ "is used", 3));
	}

	@Test
	void text_with_nul_is_refused() {
		assertThat(onlyProblem(VALID.replace("Team margin pool", "\"Team\\0pool\"")))
			.isEqualTo(new FieldProblem("document.name", "must not contain the NUL character (U+0000)"));
	}

	@Test
	void a_version_stored_in_the_first_form_loads_as_it_was_accepted() {
		PlanDocument stored = PlanDocuments.stored("""
				name: Old pool
				pool:
				  fundedBy: GROSS_MARGIN
				  percent: 1e-150000000
				  percent: 1e-150000000
				split: EQUAL
				""");

		Pool pool = (Pool) stored.components().get(0);
		assertThat(pool.percent().scale()).isEqualTo(150_000_000);
		assertThat(pool.split().by()).isEqualTo(SplitBy.EQUAL);
	}

	@Test
	void months_out_of_range_are_refused_in_the_plan_s_words() {
		assertThat(onlyProblem(VALID.replace("components:", "minTenureMonths: 99999999999\ncomponents:")))
			.isEqualTo(new FieldProblem("document.minTenureMonths", "must be from 0 to 600 months"));
		assertThat(onlyProblem("name: P\ncomponents: [{type: prizes, rankBy: SCORECARD, minSample: 3, amounts: [10], "
				+ "ties: SHARE, scorecard: {cap: 1, measures: [{metric: CSAT, weight: 100}]}}]")).isEqualTo(
						new FieldProblem("document.components[0].minSample",
								"is for a metric only: with SCORECARD, give each measure its minSample"));
	}
}

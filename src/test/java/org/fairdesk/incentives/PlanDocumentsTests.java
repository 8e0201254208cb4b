package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.fairdesk.incentives.PlanDocument.FundingBasis;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDocumentsTests {

	private static final String VALID = """
			name: Team margin pool
			pool:
			  fundedBy: GROSS_MARGIN
			  percent: 5
			split: EQUAL
			""";

	private static String withPercent(String percent) {
		return VALID.replace("percent: 5", "percent: " + percent);
	}

	private static InvalidInputException rejected(String yaml) {
		return catchThrowableOfType(InvalidInputException.class, () -> PlanDocuments.parse(yaml));
	}

	@Test
	void a_valid_document_parses() {
		PlanDocument document = PlanDocuments.parse(VALID);

		assertThat(document.name()).isEqualTo("Team margin pool");
		assertThat(document.pool().fundedBy()).isEqualTo(FundingBasis.GROSS_MARGIN);
		assertThat(document.pool().percent()).isEqualByComparingTo("5");
		assertThat(document.split()).isEqualTo(Split.EQUAL);
	}

	@Test
	void comments_are_allowed() {
		PlanDocument document = PlanDocuments.parse("""
				# Agreed with the team in January
				name: Team margin pool # shown on every statement
				pool:
				  fundedBy: GROSS_MARGIN
				  percent: 2.5   # of the month's gross margin
				split: EQUAL
				""");

		assertThat(document.name()).isEqualTo("Team margin pool");
		assertThat(document.pool().percent()).isEqualTo(new BigDecimal("2.5"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.01", "100", "100.00", "33.333" })
	void percent_may_be_any_fraction_above_0_up_to_100(String percent) {
		assertThat(PlanDocuments.parse(withPercent(percent)).pool().percent()).isEqualByComparingTo(percent);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t\n" })
	void a_blank_document_is_rejected(String yaml) {
		InvalidInputException e = rejected(yaml);

		assertThat(e.problems()).containsExactly(new FieldProblem("document", "is required: a YAML plan document"));
	}

	@Test
	void a_document_of_only_comments_is_rejected_on_the_document() {
		InvalidInputException e = rejected("# nothing here yet\n");

		assertThat(e.problems()).singleElement().extracting(FieldProblem::field).isEqualTo("document");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "-5", "-0.01", "100.01", "101", "1e3", "2.00001", "0.00001" })
	void percent_outside_0_exclusive_to_100_or_finer_than_four_decimals_is_rejected(String percent) {
		InvalidInputException e = rejected(withPercent(percent));

		assertThat(e.problems()).containsExactly(new FieldProblem("document.pool.percent",
				"must be more than 0 and at most 100, with at most 4 decimals, got " + new BigDecimal(percent)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e-150000000", "1e-2000000", "1e999999999" })
	void a_percent_too_large_or_too_fine_to_write_out_is_rejected_without_writing_it_out(String percent) {
		InvalidInputException e = rejected(withPercent(percent));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("document.pool.percent");
			assertThat(problem.message()).startsWith("must be a number with at most 100 digits before and 100 after")
				.hasSizeLessThan(200);
		});
	}

	@Test
	void a_key_given_twice_is_rejected_rather_than_the_last_one_winning() {
		assertThat(rejected(VALID.replace("  percent: 5\n", "  percent: 5\n  percent: 50\n")).problems())
			.containsExactly(new FieldProblem("document.pool.percent", "is given twice at line 5, column 10; give each"
					+ " member once"));
		assertThat(rejected("name: A\n" + VALID).problems()).extracting(FieldProblem::field)
			.containsExactly("document.name");
	}

	@Test
	void text_with_nul_is_rejected() {
		assertThat(rejected(VALID.replace("Team margin pool", "\"Team\\0pool\"")).problems())
			.containsExactly(new FieldProblem("document.name", "must not contain the NUL character (U+0000)"));
	}

	@Test
	void a_stored_version_loads_as_it_was_accepted_whatever_the_rules_now() {
		PlanDocument stored = PlanDocuments.stored("""
				name: Old pool
				pool:
				  fundedBy: GROSS_MARGIN
				  percent: 1e-150000000
				  percent: 1e-150000000
				split: EQUAL
				""");

		assertThat(stored.pool().percent().scale()).isEqualTo(150_000_000);
	}

	@Test
	void a_missing_percent_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("  percent: 5\n", ""));

		assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("document.pool.percent");
	}

	@Test
	void a_missing_split_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("split: EQUAL\n", ""));

		assertThat(e.problems()).containsExactly(new FieldProblem("document.split", "is required: EQUAL"));
	}

	@Test
	void every_missing_field_is_named_at_once() {
		InvalidInputException e = rejected("""
				pool:
				  percent: 0
				""");

		assertThat(e.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("document.name", "document.split", "document.pool.fundedBy",
					"document.pool.percent");
		assertThat(e.problems()).contains(new FieldProblem("document.name", "is required"),
				new FieldProblem("document.pool.fundedBy", "is required: GROSS_MARGIN"));
	}

	@Test
	void a_missing_pool_is_rejected() {
		InvalidInputException e = rejected("name: Pool\nsplit: EQUAL\n");

		assertThat(e.problems()).containsExactly(new FieldProblem("document.pool", "is required"));
	}

	@Test
	void a_name_longer_than_100_characters_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("Team margin pool", "x".repeat(101)));

		assertThat(e.problems()).containsExactly(new FieldProblem("document.name", "must be at most 100 characters"));
	}

	@Test
	void an_unknown_property_is_rejected() {
		InvalidInputException e = rejected(VALID + "bonus: 10\n");

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).startsWith("document").contains("bonus");
			assertThat(problem.message()).isEqualTo("is not a member here; the members are [name, pool, split]");
		});
	}

	@Test
	void an_unknown_property_inside_the_pool_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("  percent: 5\n", "  percent: 5\n  cap: 1000\n"));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).startsWith("document").contains("pool").contains("cap");
			assertThat(problem.message()).isEqualTo("is not a member here; the members are [fundedBy, percent]");
		});
	}

	@Test
	void an_unknown_funding_basis_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("GROSS_MARGIN", "REVENUE"));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).startsWith("document").contains("fundedBy");
			assertThat(problem.message()).contains("\"REVENUE\"").contains("[GROSS_MARGIN]");
		});
	}

	@Test
	void an_unknown_split_is_rejected() {
		InvalidInputException e = rejected(VALID.replace("split: EQUAL", "split: BY_HOURS"));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).startsWith("document").contains("split");
			assertThat(problem.message()).contains("\"BY_HOURS\"").contains("[EQUAL]");
		});
	}

	@Test
	void a_percent_that_is_not_a_number_is_rejected() {
		InvalidInputException e = rejected(withPercent("five"));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).startsWith("document").contains("percent");
			assertThat(problem.message()).contains("\"five\"");
		});
	}

	@Test
	void problems_found_while_reading_are_named_by_their_dotted_path() {
		assertThat(rejected(VALID.replace("GROSS_MARGIN", "REVENUE")).problems()).extracting(FieldProblem::field)
			.containsExactly("document.pool.fundedBy");
		assertThat(rejected(VALID + "bonus: 10\n").problems()).extracting(FieldProblem::field)
			.containsExactly("document.bonus");
	}
}

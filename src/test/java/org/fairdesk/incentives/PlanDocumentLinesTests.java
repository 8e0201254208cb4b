package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The line of the YAML a field's path names, found in the node tree whatever the plan's shape. */
class PlanDocumentLinesTests {

	private static final String NESTED = """
			# a comment takes line 1
			name: Hybrid
			pool:
			  fundedBy: GROSS_MARGIN
			  percent: 5
			components:
			  - type: pool
			    percent: 3
			  - type: commission
			    tiers:
			      - from: 0
			        percent: 2
			      - from: 1000
			        percent: 4
			""";

	@Test
	void aNestedMemberIsOnTheLineOfItsKey() {
		assertThat(PlanDocumentLines.line(NESTED, "document.name")).hasValue(2);
		assertThat(PlanDocumentLines.line(NESTED, "document.pool")).hasValue(3);
		assertThat(PlanDocumentLines.line(NESTED, "document.pool.percent")).hasValue(5);
	}

	@Test
	void listItemsAreFoundByTheirIndex() {
		assertThat(PlanDocumentLines.line(NESTED, "document.components[0]")).hasValue(7);
		assertThat(PlanDocumentLines.line(NESTED, "document.components[0].percent")).hasValue(8);
		assertThat(PlanDocumentLines.line(NESTED, "document.components[1].tiers[1].percent")).hasValue(14);
	}

	@Test
	void aFieldNotInTheTextIsOnItsDeepestAncestorsLine() {
		assertThat(PlanDocumentLines.line(NESTED, "document.pool.split")).as("missing key").hasValue(3);
		assertThat(PlanDocumentLines.line(NESTED, "document.components[5].percent")).as("no such item").hasValue(6);
		assertThat(PlanDocumentLines.line(NESTED, "document.components[1].tiers[0].cap")).hasValue(11);
		assertThat(PlanDocumentLines.line(NESTED, "document.split")).as("missing at the top: where the mapping starts")
			.hasValue(2);
		assertThat(PlanDocumentLines.line(NESTED, "document.name.first")).as("below a scalar").hasValue(2);
	}

	@Test
	void flowStyleIsFoundOnItsLine() {
		String flow = "name: Pool\npool: {fundedBy: GROSS_MARGIN,\n  percent: 5}\ntiers: [{percent: 1}, {percent: 2}]\n";
		assertThat(PlanDocumentLines.line(flow, "document.pool.fundedBy")).hasValue(2);
		assertThat(PlanDocumentLines.line(flow, "document.pool.percent")).hasValue(3);
		assertThat(PlanDocumentLines.line(flow, "document.tiers[1].percent")).hasValue(4);
	}

	@Test
	void aKeyGivenTwiceIsPlacedOnItsSecondOccurrenceAsItIsReported() {
		assertThat(PlanDocumentLines.line("pool:\n  percent: 5\n  percent: 50\n", "document.pool.percent")).hasValue(3);
	}

	@Test
	void theWholeDocumentOrTextThatIsNoYamlHasNoLine() {
		assertThat(PlanDocumentLines.line(NESTED, "document")).isEmpty();
		assertThat(PlanDocumentLines.line(NESTED, "effectiveFrom")).isEmpty();
		assertThat(PlanDocumentLines.line("name: [unclosed\n", "document.name")).isEqualTo(OptionalInt.empty());
		assertThat(PlanDocumentLines.line("", "document.name")).isEmpty();
	}

	@Test
	void aRefusalKeepsItsProblemsAndGivesThoseInTheDocumentTheirLines() {
		InvalidInputException refused = new InvalidInputException(List.of(
				new FieldProblem("document.pool.percent", "must be more than 0"),
				new FieldProblem("effectiveFrom", "is required")));

		assertThat(PlanDocumentLines.located(refused, NESTED).problems()).containsExactly(
				new FieldProblem("document.pool.percent", "must be more than 0", 5),
				new FieldProblem("effectiveFrom", "is required"));
	}

	@Test
	void crLfLineBreaksCountAsOne() {
		assertThat(PlanDocumentLines.line("name: A\r\npool:\r\n  percent: 5\r\n", "document.pool.percent")).hasValue(3);
	}
}

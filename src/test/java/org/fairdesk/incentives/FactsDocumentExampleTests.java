package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.people.RepId;
import org.junit.jupiter.api.Test;

/**
 * docs/plans.md's example facts document, read from the page as a reader copies it, evaluated with the page's demo
 * plan: it pays what the page says.
 */
class FactsDocumentExampleTests {

	private static final Pattern BLOCK = Pattern.compile("```(json|yaml)\\n(.*?)```", Pattern.DOTALL);

	@Test
	void theExampleFactsPayWhatThePageSays() throws IOException {
		String page = Files.readString(Path.of("docs/plans.md"), StandardCharsets.UTF_8);
		String plan = firstBlock(section(page, "## The plan document"), "yaml");
		String json = firstBlock(section(page, "## The facts document"), "json");

		PeriodFacts facts = FactsDocuments.parse(json, "facts");
		PlanDocument document = PlanDocuments.parse(plan);
		List<Statement> statements = Calculator.calculate(
				new PlanVersion(document.name(), 0, facts.period().atDay(1), document), facts);

		assertThat(statements).extracting(Statement::repId).containsExactly(RepId.of(11), RepId.of(12));
		assertThat(statements).extracting(s -> s.payout().toString()).containsExactly("16.67 EUR", "8.34 EUR");
		assertThat(statements.get(0).line(StatementLine.Code.POOL).calculation()).isEqualTo("25.0125 rounded once to 0.01 EUR = 25.01 EUR");
		assertThat(FactsDocuments.parse(FactsDocuments.write(facts), "facts")).as("written and read back")
			.isEqualTo(facts);
		// Ann lists the requests behind her figures; Ben's are left out, the document's one optional member
		PeriodFacts.RepFacts ann = facts.reps().get(0);
		assertThat(ann.requests().ordersFulfilled()).hasSize((int) ann.figures().orders().fulfilled());
		assertThat(ann.requests().queriesResolved()).hasSize((int) ann.figures().queries().resolved());
		assertThat(ann.requests().surveyed()).hasSize((int) ann.figures().csat().responses());
		assertThat(ann.requests().slaMissed()).hasSize((int) (ann.figures().sla().counted() - ann.figures().sla().met()));
		assertThat(facts.reps().get(1).requests()).isEqualTo(PeriodFacts.Requests.NONE);
	}

	private static String section(String page, String heading) {
		int start = page.indexOf("\n" + heading + "\n");
		assertThat(start).as(heading).isPositive();
		int end = page.indexOf("\n## ", start + heading.length() + 2);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	private static String firstBlock(String section, String language) {
		Matcher block = BLOCK.matcher(section);
		while (block.find()) {
			if (block.group(1).equals(language)) {
				return block.group(2);
			}
		}
		throw new AssertionError("no " + language + " block in " + section.lines().findFirst().orElse(""));
	}
}

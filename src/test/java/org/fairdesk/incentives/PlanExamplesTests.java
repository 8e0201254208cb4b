package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every complete plan in docs/plans.md (a YAML block with {@code components}) is evaluated on the page's facts
 * document, and must pay what the line after it says: {@code Pays Ann **16.67 EUR** and Ben **8.34 EUR**}.
 */
class PlanExamplesTests {

	private static final Pattern BLOCK = Pattern.compile("```(json|yaml)\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern PAYS = Pattern.compile(
			"\\A\\s*Pays Ann \\*\\*([-0-9.]+ EUR)\\*\\* and Ben \\*\\*([-0-9.]+ EUR)\\*\\*");

	@Test
	void everyWorkedExamplePaysWhatThePageSays() throws IOException {
		String page = Files.readString(Path.of("docs/plans.md"), StandardCharsets.UTF_8);
		PeriodFacts facts = FactsDocuments.parse(facts(page), "facts");
		List<String> wrong = new ArrayList<>();
		int examples = 0;
		Matcher block = BLOCK.matcher(page);
		while (block.find()) {
			if (!block.group(1).equals("yaml") || !block.group(2).contains("components:")) {
				continue;
			}
			examples++;
			PlanVersion plan = SomePlans.version(block.group(2));
			List<String> paid = Calculator.calculate(plan, facts).stream().map(s -> s.payout().toString()).toList();
			Matcher says = PAYS.matcher(page.substring(block.end()));
			String expected = says.find() ? List.of(says.group(1), says.group(2)).toString() : "no Pays line";
			if (!expected.equals(paid.toString())) {
				wrong.add(plan.name() + ": the page says " + expected + ", the calculator pays " + paid);
			}
		}
		assertThat(examples).isGreaterThanOrEqualTo(10);
		assertThat(wrong).isEmpty();
	}

	private static String facts(String page) {
		int start = page.indexOf("\n## The facts document\n");
		Matcher block = BLOCK.matcher(page.substring(start));
		while (block.find()) {
			if (block.group(1).equals("json")) {
				return block.group(2);
			}
		}
		throw new AssertionError("no facts document on the page");
	}
}

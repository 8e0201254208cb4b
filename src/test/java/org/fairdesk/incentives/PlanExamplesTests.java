package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
 * document, and must pay what the line after it says ({@code Pays Ann **16.67 EUR** and Ben **8.34 EUR**}); every
 * figure its working quotes must be one the plan, the facts or a statement line has.
 */
class PlanExamplesTests {

	private static final Pattern BLOCK = Pattern.compile("```(json|yaml)\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*\\.\\d+…?");

	private static final Pattern PAYS = Pattern.compile(
			"\\A\\s*Pays Ann \\*\\*([-0-9.]+ EUR)\\*\\* and Ben \\*\\*([-0-9.]+ EUR)\\*\\*");

	@Test
	void everyWorkedExamplePaysWhatThePageSays() throws IOException {
		String page = Files.readString(Path.of("docs/plans.md"), StandardCharsets.UTF_8);
		String factsText = facts(page);
		PeriodFacts facts = FactsDocuments.parse(factsText, "facts");
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
			String working = paragraphAfter(page, block.end());
			String known = block.group(2) + "\n" + factsText + "\n" + lines(Calculator.calculate(plan, facts));
			for (String figure : figures(working)) {
				if (!appearsIn(figure, known)) {
					wrong.add(plan.name() + ": the page's working quotes " + figure
							+ ", which is neither in the plan, the facts nor any statement line");
				}
			}
		}
		assertThat(examples).isGreaterThanOrEqualTo(10);
		assertThat(wrong).isEmpty();
	}

	/** The text after a block up to the next blank line: the "Pays …" paragraph and its working. */
	private static String paragraphAfter(String page, int from) {
		String rest = page.substring(from).stripLeading();
		int end = rest.indexOf("\n\n");
		return end < 0 ? rest : rest.substring(0, end);
	}

	/** Every number with a decimal point the working quotes (1,000.00 as 1000.00; 16.673… as 16.673…). */
	private static List<String> figures(String working) {
		List<String> figures = new ArrayList<>();
		Matcher number = NUMBER.matcher(working);
		while (number.find()) {
			figures.add(number.group().replace(",", ""));
		}
		return figures;
	}

	/**
	 * Whether a quoted figure is one the plan, the facts or a statement line has: equal as a number (4.40 and 4.4),
	 * or, for a figure cut short with "…", the start of one.
	 */
	private static boolean appearsIn(String figure, String known) {
		boolean cut = figure.endsWith("…");
		BigDecimal quoted = new BigDecimal(cut ? figure.substring(0, figure.length() - 1) : figure);
		Matcher number = NUMBER.matcher(known);
		while (number.find()) {
			String candidate = number.group().replace(",", "").replace("…", "");
			if (cut ? candidate.startsWith(quoted.toPlainString())
					: new BigDecimal(candidate).compareTo(quoted) == 0) {
				return true;
			}
		}
		return false;
	}

	private static String lines(List<Statement> statements) {
		StringBuilder text = new StringBuilder();
		for (Statement statement : statements) {
			for (StatementLine line : statement.lines()) {
				text.append(line.calculation()).append(' ').append(line.amount()).append('\n');
			}
		}
		return text.toString();
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

package org.fairdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/lab.md's table of indicators says, for each, the smallest sample it is judged on; the page and the code must
 * not disagree (a walk-through found MONTH_END_CLOSES documented at 10 closes and judged at 20).
 */
class IndicatorDocsTests {

	/** A row of the table: the indicator, then in the minimum's column the sample's name and "(n" or "(n:". */
	private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|.*\\| [^|]*\\((\\d+)[):][^|]*\\| [^|]+\\|$",
			Pattern.MULTILINE);

	@Test
	void everyIndicatorsSampleMinimumIsTheOneTheDocsGive() throws IOException {
		Map<String, Long> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/lab.md")));
		while (row.find()) {
			documented.put(row.group(1), Long.parseLong(row.group(2)));
		}
		Map<String, Long> inCode = new TreeMap<>();
		for (Indicator indicator : Indicator.values()) {
			inCode.put(indicator.name(), indicator.sampleMinimum());
		}
		assertThat(documented).isEqualTo(inCode);
	}
}

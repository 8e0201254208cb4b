package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV cells a spreadsheet would take for a formula are written as text; numbers are written as they are. */
class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+1 555 0100", "-5", "@SUM(A1:A2)", "\tTab", "\rReturn",
			"=", "-" })
	void textThatStartsLikeAFormulaGetsALeadingApostrophe(String text) {
		assertThat(CsvCells.text(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Alice Moreau", "'quoted already", " =leading space", "2026-W47", "a=b", "ORDER" })
	void otherTextIsLeftAlone(String text) {
		assertThat(CsvCells.text(text)).isEqualTo(text);
	}

	@Test
	void numbersAreWrittenAsNumbersEvenWhenNegativeAndNothingAsAnEmptyCell() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			CsvCells.row(csv, "=cmd|' /C calc'!A0", new BigDecimal("-5.00"), -3L, -0.25, new BigDecimal("1E+3"), null,
					"-5.00");
		}
		assertThat(out.toString()).isEqualTo("'=cmd|' /C calc'!A0,-5.00,-3,-0.25,1000,,'-5.00\r\n");
	}
}

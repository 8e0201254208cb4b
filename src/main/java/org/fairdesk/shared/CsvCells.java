package org.fairdesk.shared;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Cells of CSV files people open in a spreadsheet. A text cell that a spreadsheet would take for a formula (it starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a display name
 * {@code =HYPERLINK(…)} would become a live link) is written with a leading {@code '}, as OWASP advises; numbers are
 * written as they are, so a negative amount stays {@code -5.00}. Write every row through {@link #row} and no cell
 * escapes the rule.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** One record: numbers as numbers (plain, never in exponent form), nothing as an empty cell, anything else as text. */
	public static void row(CSVPrinter csv, @Nullable Object... cells) throws IOException {
		csv.printRecord(Arrays.stream(cells).map(CsvCells::cell).toArray());
	}

	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return floating(((Number) value).doubleValue());
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return text(value.toString());
	}

	/** A binary fraction in plain decimals (1.0E-4 is 0.0001); not a number and infinities as an empty cell. */
	private static String floating(double value) {
		return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
	}

	/** A text cell, with a leading {@code '} when a spreadsheet would otherwise read it as a formula. */
	public static String text(String value) {
		return readAsFormula(value) ? "'" + value : value;
	}

	/**
	 * Whether a spreadsheet would read the text as a formula, so that {@link #text} writes it changed: where a value
	 * must reach a file as it is (an employee id), refuse it at input instead.
	 */
	public static boolean readAsFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}
}

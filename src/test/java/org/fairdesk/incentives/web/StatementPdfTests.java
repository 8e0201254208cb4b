package org.fairdesk.incentives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement's PDF keeps the currency sign of every common currency as its team's locale writes it: Helvetica has
 * WinAnsi only, and the full-width yen sign Java writes for ja-JP (U+FFE5) was shown as {@code ?}.
 */
class StatementPdfTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"de-DE | EUR | 500.00 | 500,00 €",
			"en-GB | GBP | 500.00 | £500.00",
			"ja-JP | JPY | 500    | ¥500",
			"de-CH | CHF | 500.00 | CHF 500.00",
			"en-US | USD | 500.00 | $500.00",
			"fr-FR | EUR | 1234.50 | 1 234,50 €" })
	void theMoneyOfAPdfKeepsItsCurrencySign(String locale, String currency, String amount, String written)
			throws IOException {
		Money payout = Money.of(amount, currency);
		Statement statement = new Statement(RepId.of(1), "Ann", TeamId.of(1), YearMonth.of(2026, 11), "Team pool", 1,
				payout, List.of(new StatementLine(StatementLine.Code.PAYOUT, "payout", "Payout", "the sum", payout)));

		String text = text(StatementPdf.of(statement, "North", Locale.forLanguageTag(locale)));

		assertThat(text.replace('\u00a0', ' ')).contains("Payout: " + written).doesNotContain("?");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\uffe5500 | ¥500", "1\u202f234,50\u00a0€ | 1 234,50\u00a0€",
			"\u00a3 \u20ac \u00a5 $ | \u00a3 \u20ac \u00a5 $" })
	void compatibilityCharactersAreShownAsWhatTheyStandFor(String given, String shown) {
		assertThat(StatementPdf.winAnsi(given)).isEqualTo(shown);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}

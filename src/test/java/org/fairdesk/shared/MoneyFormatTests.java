package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one way money is written for people: the team's locale, the amount's currency and decimals. */
class MoneyFormatTests {

	private static final char NBSP = '\u00a0';

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			de-DE | 1234.56 | EUR | 1.234,56_€
			de-DE | -5.00   | EUR | -5,00_€
			en-GB | 1234.56 | EUR | €1,234.56
			en-GB | 0.00    | GBP | £0.00
			en-US | 1234.56 | USD | $1,234.56
			de-CH | 1234.50 | CHF | CHF_1’234.50
			ja-JP | 1234    | JPY | ￥1,234
			fr-FR | 1234.56 | EUR | 1 234,56_€
			""")
	void writesTheAmountTheLocalesWayInItsCurrency(String tag, String amount, String currency, String written) {
		String expected = written.replace('_', NBSP);
		String got = MoneyFormat.format(Money.of(amount, currency), Locale.forLanguageTag(tag));
		if (tag.equals("fr-FR")) { // French groups thousands with a narrow no-break space
			got = got.replace('\u202f', ' ');
		}
		assertThat(got).isEqualTo(expected);
	}

	@Test
	void pinsTheGermanWay() {
		assertThat(MoneyFormat.format(Money.of("1234.56", "EUR"), Locale.forLanguageTag("de-DE")))
			.isEqualTo("1.234,56\u00a0€");
	}

	@Test
	void aDifferenceAlwaysHasItsSignAndNoAmountIsEmpty() {
		Locale de = Locale.forLanguageTag("de-DE");
		assertThat(MoneyFormat.signed(Money.of("12", "EUR"), de)).isEqualTo("+12,00\u00a0€");
		assertThat(MoneyFormat.signed(Money.of("-3.5", "EUR"), de)).isEqualTo("-3,50\u00a0€");
		assertThat(MoneyFormat.signed(Money.of("0", "EUR"), de)).isEqualTo("±0,00\u00a0€");
		assertThat(MoneyFormat.format(null, de)).isEmpty();
	}

	@Test
	void aShareIsAPercentageToTwoPlaces() {
		assertThat(MoneyFormat.percent(new BigDecimal("0.1234"), Locale.forLanguageTag("de-DE"))).isEqualTo("12,34\u00a0%");
		assertThat(MoneyFormat.percent(new BigDecimal("0.1234"), Locale.forLanguageTag("en-GB"))).isEqualTo("12.34%");
		assertThat(MoneyFormat.percent(null, Locale.forLanguageTag("en-GB"))).isEqualTo("–");
	}
}

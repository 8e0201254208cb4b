package org.fairdesk.incentives.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.fairdesk.incentives.StatementChanges;
import org.fairdesk.incentives.StatementChanges.FigureChange;
import org.junit.jupiter.api.Test;

/**
 * "What changed" writes each figure as its reader reads it, in the team's locale: a walk-through of the demo (de-DE)
 * read "quotes.conversion 0.4444" and "handling.medianSeconds 94590" beside money written "134.229,66 €".
 */
class TeamFormatTests {

	private static final String NBSP = "\u00a0";
	private static final Currency EUR = Currency.getInstance("EUR");
	private final TeamFormat german = new TeamFormat(Locale.forLanguageTag("de-DE"), ZoneId.of("Europe/Berlin"));

	@Test
	void eachKindOfFigureIsWrittenInTheTeamsLocale() {
		assertThat(german.figure(new BigDecimal("134229.66"), figure("orders.revenue", true), EUR))
			.isEqualTo("134.229,66" + NBSP + "€");
		assertThat(german.figure(new BigDecimal("0.4444"), figure("quotes.conversion", false), EUR))
			.isEqualTo("44,44" + NBSP + "%");
		assertThat(german.figure(new BigDecimal("94590"), figure("handling.medianSeconds", false), EUR))
			.isEqualTo("1.576,5 min");
		assertThat(german.figure(new BigDecimal("4.33"), figure("csat.mean", false), EUR)).isEqualTo("4,33");
		assertThat(german.figure(new BigDecimal("1234"), figure("sla.counted", false), EUR)).isEqualTo("1.234");
		assertThat(german.figure(null, figure("csat.mean", false), EUR)).isEqualTo("–");
	}

	private static FigureChange figure(String path, boolean money) {
		return new FigureChange(StatementChanges.Scope.OWN, path, BigDecimal.ONE, BigDecimal.TEN, money);
	}
}

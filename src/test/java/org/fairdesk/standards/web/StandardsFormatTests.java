package org.fairdesk.standards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.fairdesk.standards.StandardMetric;
import org.junit.jupiter.api.Test;

/**
 * The standards page writes a rep's values in the team's locale, as its pay pages do: a walk-through read
 * "1329.0 min" and "35.7 %" on the German demo team's page beside "16.298,58 €" on the next.
 */
class StandardsFormatTests {

	private static final Locale GERMAN = Locale.forLanguageTag("de-DE");

	@Test
	void valuesAreWrittenInTheTeamsLocale() {
		assertThat(StandardsPageController.format(StandardMetric.HANDLING_MEDIAN, new BigDecimal("79740"), GERMAN))
			.isEqualTo("1.329,0 min");
		assertThat(StandardsPageController.format(StandardMetric.SLA_MET, new BigDecimal("0.3571"), GERMAN))
			.isEqualTo("35,71\u00a0%");
		assertThat(StandardsPageController.format(StandardMetric.CSAT, new BigDecimal("3.4"), GERMAN))
			.isEqualTo("3,40");
		assertThat(StandardsPageController.format(StandardMetric.CSAT, new BigDecimal("3.4"), Locale.UK))
			.isEqualTo("3.40");
		assertThat(StandardsPageController.format(StandardMetric.REOPEN_RATE, null, GERMAN)).isEqualTo("—");
	}
}

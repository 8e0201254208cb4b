package org.fairdesk.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The flag rule: months in a row, the minimum sample, strict limits, multiples of the team's value. */
class StandardTests {

	static final YearMonth OCT = YearMonth.of(2026, 10);
	static final YearMonth SEP = YearMonth.of(2026, 9);
	static final YearMonth AUG = YearMonth.of(2026, 8);

	static Standard csatBelow(String threshold, int months, long sample) {
		return new Standard(StandardMetric.CSAT, Comparison.BELOW, new BigDecimal(threshold), months, sample, true);
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@Test
	void aStandardReadsInWordsForThePageAndItsFlags() {
		assertThat(new Standard(StandardMetric.HANDLING_MEDIAN, Comparison.ABOVE_TEAM_MULTIPLE, d("2.0"), 2, 5, true)
			.describe()).isEqualTo("median handling time above 2 × the team's, with at least 5 closed requests, "
					+ "2 months in a row");
		assertThat(new Standard(StandardMetric.SLA_MET, Comparison.BELOW, d("0.80"), 1, 10, false).describe())
			.isEqualTo("SLA met below 0.8, with at least 10 requests with a target, 1 month (inactive)");
	}

	@Test
	void aMonthFallsShortOnlyStrictlyOnTheWrongSideAndWithEnoughSample() {
		Standard standard = csatBelow("3.5", 1, 3);
		assertThat(standard.check(OCT, d("3.49"), 3, null).fallsShort()).isTrue();
		assertThat(standard.check(OCT, d("3.50"), 3, null).fallsShort()).as("equal to the limit meets it").isFalse();
		assertThat(standard.check(OCT, d("1.00"), 2, null).fallsShort()).as("sample under the minimum").isFalse();
		assertThat(standard.check(OCT, null, 0, null).fallsShort()).as("nothing measured").isFalse();
		Standard handling = new Standard(StandardMetric.HANDLING_MEDIAN, Comparison.ABOVE, d("3600"), 1, 5, true);
		assertThat(handling.check(OCT, d("3601"), 5, null).fallsShort()).isTrue();
		assertThat(handling.check(OCT, d("3600"), 5, null).fallsShort()).isFalse();
	}

	@Test
	void aMultipleOfTheTeamsValueIsTheLimitAndATeamWithoutAValueFlagsNobody() {
		Standard standard = new Standard(StandardMetric.HANDLING_MEDIAN, Comparison.ABOVE_TEAM_MULTIPLE, d("2"), 1, 5,
				true);
		Standard.MonthCheck check = standard.check(OCT, d("2401"), 5, d("1200"));
		assertThat(check.limit()).isEqualByComparingTo("2400");
		assertThat(check.fallsShort()).isTrue();
		assertThat(standard.check(OCT, d("2400"), 5, d("1200")).fallsShort()).isFalse();
		assertThat(standard.check(OCT, d("99999"), 5, null).fallsShort()).isFalse();
		Standard csat = new Standard(StandardMetric.CSAT, Comparison.BELOW_TEAM_MULTIPLE, d("0.8"), 1, 1, true);
		assertThat(csat.check(OCT, d("3.19"), 4, d("4.00")).fallsShort()).isTrue();
		assertThat(csat.check(OCT, d("3.20"), 4, d("4.00")).fallsShort()).isFalse();
	}

	@Test
	void aRepIsFlaggedOnlyWhenShortEveryMonthOfTheRunEndingWithTheMonthAsked() {
		Standard twoMonths = csatBelow("3.5", 2, 3);
		assertThat(twoMonths.monthsEndingWith(OCT)).containsExactly(SEP, OCT);
		var shortSep = twoMonths.check(SEP, d("3.0"), 3, null);
		var shortOct = twoMonths.check(OCT, d("3.2"), 4, null);
		var fineSep = twoMonths.check(SEP, d("4.0"), 3, null);
		var thinOct = twoMonths.check(OCT, d("2.0"), 2, null);
		assertThat(twoMonths.flags(List.of(shortSep, shortOct))).isTrue();
		assertThat(twoMonths.flags(List.of(fineSep, shortOct))).isFalse();
		assertThat(twoMonths.flags(List.of(shortSep, thinOct))).as("too few answers in October").isFalse();
		assertThat(twoMonths.flags(List.of(shortOct))).as("one month is not two in a row").isFalse();
		Standard inactive = new Standard(StandardMetric.CSAT, Comparison.BELOW, d("3.5"), 2, 3, false);
		assertThat(inactive.flags(List.of(shortSep, shortOct))).isFalse();
	}

	@Test
	void theRuleOverTheDashboardsFiguresFlagsEachRepAndStandardWithTheirMonths() {
		RepId ann = new RepId(1);
		RepId bob = new RepId(2);
		RepId cai = new RepId(3);
		Map<YearMonth, TeamMetrics> months = new HashMap<>();
		// Ann: CSAT 3.0 in August, September and October (4 answers each); Bob short only in October, Cai in
		// September and October but with 2 answers in October.
		months.put(AUG, team(AUG, figures(rep(ann, "3.00", 4, 1000, 10), rep(bob, "3.00", 4, 1000, 10))));
		months.put(SEP, team(SEP, figures(rep(ann, "3.00", 4, 1000, 10), rep(bob, "4.50", 4, 1000, 10),
				rep(cai, "3.00", 4, 1000, 10))));
		months.put(OCT, team(OCT, figures(rep(ann, "3.00", 4, 1000, 10), rep(bob, "3.00", 4, 3000, 10),
				rep(cai, "3.00", 2, 1000, 10))));
		Standard csat = csatBelow("3.5", 2, 3);
		Standard handling = new Standard(StandardMetric.HANDLING_MEDIAN, Comparison.ABOVE_TEAM_MULTIPLE, d("2"), 1, 5,
				true);
		Standard threeMonths = csatBelow("3.5", 3, 3);
		List<Flag> flags = FlagRule.flags(List.of(csat, handling, threeMonths), OCT, months);
		assertThat(flags).extracting(f -> f.repName() + "#" + f.position())
			.containsExactlyInAnyOrder("ann#0", "bob#1", "ann#2");
		Flag annCsat = flags.stream().filter(f -> f.repName().equals("ann") && f.position() == 0).findFirst()
			.orElseThrow();
		assertThat(annCsat.months()).extracting(Standard.MonthCheck::period).containsExactly("2026-09", "2026-10");
		assertThat(annCsat.flaggedFrom()).isEqualTo("2026-09");
		Flag bobHandling = flags.stream().filter(f -> f.repName().equals("bob")).findFirst().orElseThrow();
		assertThat(bobHandling.months().get(0).teamValue()).isEqualByComparingTo("1000");
		assertThat(bobHandling.months().get(0).limit()).isEqualByComparingTo("2000");
		// Cai had no figures in August: the three-month standard cannot flag him, nor would a month he was absent
		assertThat(FlagRule.flags(List.of(threeMonths), OCT, Map.of(OCT, months.get(OCT)))).isEmpty();
	}

	@Test
	void everyBadFieldOfAListIsNamedAndAGoodListIsRead() {
		List<NewStandard> input = new ArrayList<>(Arrays.asList(
				new NewStandard("csat", "below", d("3.5"), 2, 3L, null),
				new NewStandard("TEMPERATURE", "BELOW", d("3.5"), 2, 3L, true),
				new NewStandard("SLA_MET", "BELOW", d("80"), 0, 0L, true),
				new NewStandard("HANDLING_MEDIAN", "ABOVE_TEAM_MULTIPLE", d("0"), 13, null, true),
				new NewStandard("REOPEN_RATE", "SIDEWAYS", d("0.12345"), null, 5L, true), null));
		assertThatThrownBy(() -> StandardsManagement.checked(input)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
					.containsExactlyInAnyOrder("standards[1].metric", "standards[2].threshold",
							"standards[2].monthsInARow", "standards[2].minimumSample", "standards[3].threshold",
							"standards[3].monthsInARow", "standards[3].minimumSample", "standards[4].comparison",
							"standards[4].threshold", "standards[4].monthsInARow", "standards[5]"));
		assertThat(StandardsManagement.checked(List.of(input.get(0)))).containsExactly(csatBelow("3.5", 2, 3));
	}

	record RepValues(RepId id, String csat, long answers, long handling, long closed) {
	}

	static RepValues rep(RepId id, String csat, long answers, long handling, long closed) {
		return new RepValues(id, csat, answers, handling, closed);
	}

	static List<RepValues> figures(RepValues... reps) {
		return List.of(reps);
	}

	static TeamMetrics team(YearMonth month, List<RepValues> reps) {
		String[] names = { "", "ann", "bob", "cai" };
		List<TeamMetrics.RepFigures> rows = reps.stream()
			.map(r -> new TeamMetrics.RepFigures(r.id(), names[(int) r.id().value()],
					figures(new BigDecimal(r.csat()), r.answers(), r.handling(), r.closed())))
			.toList();
		return new TeamMetrics(1, "Team", month.toString(), "EUR", figures(d("4.00"), 40, 1000, 100), rows);
	}

	static Figures figures(@Nullable BigDecimal csat, long answers, long handlingMedian, long closed) {
		Money zero = Money.zero(Currency.getInstance("EUR"));
		return new Figures(new Figures.Outcomes(closed, List.of(), zero, zero, 0, 0, null, 0, 0, 0, zero, zero),
				new Figures.Speed(handlingMedian, null, null, 0, 0, null, 0, 0, null),
				new Figures.Satisfaction(answers, answers, null, answers, csat, 0, null),
				new Figures.Collaboration(0, 0, 0, 0), 0);
	}
}

package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.shared.Money;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/**
 * Each preset a manager starts from, evaluated on the demo team's last month: statements for every rep, each
 * payout the sum of its paying lines, and lines that say how (what a person checks by hand).
 */
@SpringBootTest(properties = "fairdesk.demo.enabled=true")
@Import(TestClockConfiguration.class)
class PresetsScenarioTests {

	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired Clock clock;

	@ParameterizedTest
	@ValueSource(strings = { "commission", "salesperson-of-the-month", "revenue-pool-csat-handling",
			"pool-split-equally", "pool-split-by-hours", "pool-split-by-seniority", "team-first-hybrid" })
	void eachPresetPaysTheDemosLastMonthLineByLine(String preset) throws IOException {
		String yaml = new ClassPathResource("plans/presets/" + preset + ".yaml").getContentAsString(StandardCharsets.UTF_8);
		Team team = people.teams().get(0);
		YearMonth lastMonth = team.thisMonth(clock).minusMonths(1);

		List<Statement> statements = incentives.evaluate(yaml, team.id(), lastMonth);

		assertThat(statements).hasSize(incentives.facts(team.id(), lastMonth).reps().size()).isNotEmpty();
		Money total = statements.stream().map(Statement::payout).reduce(Money.zero(team.currency()), Money::plus);
		assertThat(total.isPositive()).as("the demo's month pays something under " + preset).isTrue();
		for (Statement statement : statements) {
			assertThat(statement.lines()).allSatisfy(line -> assertThat(line.calculation()).isNotBlank());
			Money paying = statement.lines().stream()
				.filter(line -> line.code() != StatementLine.Code.PAYOUT && isPaying(line))
				.map(StatementLine::amount)
				.filter(Objects::nonNull)
				.reduce(Money.zero(team.currency()), Money::plus);
			assertThat(statement.payout()).as(statement.repName()).isEqualTo(paying);
			assertThat(statement.line(StatementLine.Code.OWN_FIGURES).requestIds())
				.hasSize((int) incentives.facts(team.id(), lastMonth).reps().stream()
					.filter(r -> r.repId().equals(statement.repId())).findFirst().orElseThrow()
					.figures().orders().fulfilled());
		}
	}

	/** The lines whose amounts add up to the payout (the others show a team figure or a step on the way). */
	private static boolean isPaying(StatementLine line) {
		return switch (line.code()) {
			case SPLIT, WITHHELD, PRIZE, COMMISSION, FLOOR, PAYOUT_CAP -> true;
			default -> false;
		};
	}
}

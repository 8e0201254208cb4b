package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.lab.Behaviour;
import org.fairdesk.lab.simulation.Estimate;
import org.fairdesk.lab.simulation.GoalVerdicts;
import org.fairdesk.lab.simulation.LabRuns;
import org.fairdesk.support.Browser;
import org.fairdesk.support.RequiresChromium;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The demo manager in a real browser writes two behaviour goals, simulates two plans from the lab page, and reads
 * which plan meets each goal and by how much; the page says what the run's verdicts say, and exports them.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
@Import(TestClockConfiguration.class)
class LabSimulationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired LabRuns runs;

	@Test
	void aManagerWritesTwoGoalsComparesTwoPlansAndReadsTheVerdicts() {
		Page page = browser.logIn("manager", "demo");
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Simulate")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Simulate plans")))
			.isVisible();

		writeTwoGoals(page);

		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Simulate")).click();
		assertThat(page.getByLabel("Scenario (YAML", new Page.GetByLabelOptions()))
			.hasValue(java.util.regex.Pattern.compile("preset: commission[\\s\\S]*preset: team-first-hybrid"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the simulation")).click();

		Locator verdicts = page.locator("table.lab-verdicts");
		assertThat(verdicts).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
			.setTimeout(180_000));
		UUID id = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
		LabRuns.Run run = runs.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(LabRuns.Status.DONE);

		Locator header = verdicts.locator("thead th");
		assertThat(header).hasText(new String[] { "Goal", "Commission · SELF_ELECT", "Commission · ROUND_ROBIN",
				"Team-first hybrid · SELF_ELECT", "Team-first hybrid · ROUND_ROBIN" });
		Locator rows = verdicts.locator("tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0).locator("th")).containsText("Serve every customer");
		assertThat(rows.nth(0).locator("th")).containsText("at most 1.2");
		assertThat(rows.nth(1).locator("th")).containsText("Cherry-picking");
		assertThat(rows.nth(1).locator("th")).containsText("at most 0.55");
		for (int cell = 0; cell < run.verdicts().size(); cell++) {
			List<GoalVerdicts.GoalVerdict> goals = run.verdicts().get(cell).goals();
			for (int goal = 0; goal < goals.size(); goal++) {
				assertThat(rows.nth(goal).locator("td").nth(cell)).hasText(expected(goals.get(goal)));
			}
		}

		assertThat(page.locator("#lab-chart-money")).hasAttribute("width",
				java.util.regex.Pattern.compile("[1-9]\\d*"));
		assertThat(browser.takeCspViolations()).isEmpty();
		String csv = page.request().get(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Results as CSV")).getAttribute("href")).text();
		assertThat(csv).startsWith("plan,policy,measure").contains("Commission,SELF_ELECT,goal.CHERRY_PICKING,");
	}

	/** Watches only cherry-picking (at most 0.55) and small customers' waits (at most 1.2 times the large ones'). */
	private static void writeTwoGoals(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the team's behaviour goals")).click();
		page.getByText("Set the team's goals").click();
		for (Behaviour behaviour : Behaviour.values()) {
			Locator watched = page.getByLabel("Watch " + name(behaviour), new Page.GetByLabelOptions().setExact(true));
			boolean keep = behaviour == Behaviour.CHERRY_PICKING || behaviour == Behaviour.SERVE_EVERY_CUSTOMER;
			watched.setChecked(keep);
		}
		page.getByLabel("Threshold of Cherry-picking").fill("0.55");
		page.getByLabel("Threshold of Serve every customer, whatever the order size").fill("1.2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the goals")).click();
		assertThat(page.getByText("The team's behaviour goals are saved.")).isVisible();
	}

	private static String name(Behaviour behaviour) {
		return switch (behaviour) {
			case SERVE_EVERY_CUSTOMER -> "Serve every customer, whatever the order size";
			case HELP_COLLEAGUES -> "Help colleagues";
			case KEEP_CUSTOMERS_SATISFIED -> "Keep customers satisfied";
			case RESPOND_PROMPTLY -> "Respond promptly";
			case SHARE_THE_LOAD -> "Share the load";
			case CHERRY_PICKING -> "Cherry-picking";
			case TAKING_ON_TOO_MUCH -> "Taking on more than one can serve well";
			case RUSHING_CUSTOMERS -> "Rushing customers";
			case UNDERMINING_COLLEAGUES -> "Undermining colleagues";
			case SHIFTING_WORK_ACROSS_MONTH_ENDS -> "Shifting work across month ends";
		};
	}

	/** What the page must say for a verdict: the word, the figure with its interval, the margin from the threshold. */
	private static String expected(GoalVerdicts.GoalVerdict goal) {
		Estimate figure = goal.figure();
		assertThat(figure).isNotNull();
		double margin = goal.threshold().doubleValue() - figure.mean();
		return goal.verdict().name().toLowerCase(Locale.ROOT)
				+ String.format(Locale.ROOT, " %.2f (%.2f – %.2f) margin %+.2f", figure.mean(), figure.low(),
						figure.high(), margin);
	}
}

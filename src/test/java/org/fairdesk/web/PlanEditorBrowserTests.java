package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanHistory;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.Browser;
import org.fairdesk.support.RequiresChromium;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The demo manager's plan editor in a real browser: load a preset, preview it beside the plan in force, see a
 * mistake named with its line, fix it and publish it from next month, and find the new version in the history.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
@Import(TestClockConfiguration.class)
class PlanEditorBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;

	@Test
	void theDemoManagerPreviewsAPresetFixesAMistakeAndPublishesItFromNextMonth() {
		Team team = people.teams().get(0);
		Rep someRep = people.members(team.id()).get(0);
		// The test clock's 16 November 2026: next month opens on 1 December.
		LocalDate nextMonth = TestClockConfiguration.START.atZone(team.zone()).toLocalDate().withDayOfMonth(1)
			.plusMonths(1);

		Page page = browser.logIn("manager", "demo");
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Plan editor")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plan editor · " + team.name())))
			.isVisible();

		page.getByLabel("Start from a preset").selectOption("team-first-hybrid");
		button(page, "Load preset").click();
		Locator document = page.getByLabel("Plan document (YAML)");
		assertThat(document).hasValue(Pattern.compile("^# Team-first hybrid[\\s\\S]*percent: 6\\n"));

		button(page, "Preview").click();
		Locator thisMonth = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("2026-11"));
		assertThat(thisMonth.getByRole(AriaRole.HEADING)).hasText("2026-11 (this month)");
		assertThat(thisMonth.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(someRep.displayName())))
			.isVisible();
		assertThat(thisMonth.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Total")))
			.containsText("€");
		assertThat(thisMonth.getByText("Cost, % of gross margin")).isVisible();
		assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("2026-10"))).isVisible();

		String text = document.inputValue();
		document.fill(text.replace("percent: 6", "percent: 600"));
		button(page, "Preview").click();
		assertThat(page.getByText("line 10, document.components[0].percent: must be a percentage more than 0 and at most 100"))
			.isVisible();
		assertThat(page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHasText("Difference")))
			.not().isAttached();

		document.fill(document.inputValue().replace("percent: 600", "percent: 6"));
		page.getByLabel("Effective from").fill(nextMonth.toString());
		button(page, "Publish").click();
		assertThat(page.getByText("Published Team-first hybrid version 1, effective from " + nextMonth + "."))
			.isVisible();
		Locator published = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
			.setHasText("Team-first hybrid"));
		assertThat(published).containsText(nextMonth.toString());
		assertThat(published).containsText("2026-12");
		assertThat(incentives.plans(team.id()).versions()).last().extracting(PlanHistory.Entry::name)
			.isEqualTo("Team-first hybrid");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}

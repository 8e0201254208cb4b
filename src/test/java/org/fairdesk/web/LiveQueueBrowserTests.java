package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.people.Availability;
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
 * The demo manager supervises the team live in a real browser: the live queue refreshes itself, a rep is set to
 * OVERLOADED with a reason and reads it on their own page, and the routing log is filtered by action.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
@Import(TestClockConfiguration.class)
class LiveQueueBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;

	@Test
	void aManagerWatchesTheQueueSetsARepOverloadedAndReadsTheRoutingLog() {
		Team team = people.teams().get(0);
		Rep alice = people.repByUsername("rep1").orElseThrow();
		Page page = browser.logIn("manager", "demo");
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("Live queue")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Live queue · " + team.name())))
			.isVisible();
		page.waitForResponse(r -> r.url().contains("/routing/live/panel"), () -> { });
		assertThat(page.locator("#live-panel")).containsText("refreshed every 5 seconds");

		Locator row = page.locator("table.live-reps tbody tr").filter(new Locator.FilterOptions()
			.setHasText(alice.displayName()));
		row.getByLabel("Availability of " + alice.displayName()).selectOption("OVERLOADED");
		row.getByLabel("Reason for " + alice.displayName()).fill("covering the phones");
		// A refresh of the panel while the manager types must keep what they typed.
		page.waitForResponse(r -> r.url().contains("/routing/live/panel"), () -> { });
		assertThat(row.getByLabel("Reason for " + alice.displayName())).hasValue("covering the phones");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set")).click();
		assertThat(page.getByText(alice.displayName() + " is OVERLOADED.")).isVisible();
		assertThat(page.locator("table.live-reps tbody tr").filter(new Locator.FilterOptions()
			.setHasText(alice.displayName())).locator("td").first()).hasText("OVERLOADED");
		assertThat(people.rep(alice.id()).availability()).isEqualTo(Availability.OVERLOADED);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Routing log")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Routing log · " + team.name())))
			.isVisible();
		page.locator("select[name=action]").selectOption("CLOSE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		Locator actions = page.locator("table.routing-log tbody tr td:nth-child(2)");
		assertThat(actions.first()).hasText("CLOSE");
		assertThat(actions.allTextContents()).isNotEmpty().allMatch("CLOSE"::equals);
		page.navigate("/routing/log?team=" + team.id().value() + "&from=yesterday");
		assertThat(page.getByText(Pattern.compile("^from: "))).isVisible();
		assertThat(browser.takeCspViolations()).isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		Page rep = browser.logIn("rep1", "demo");
		rep.navigate("/work");
		assertThat(rep.getByText(Pattern.compile("Your availability was set to OVERLOADED by manager at \\d\\d:\\d\\d: "
				+ "covering the phones"))).isVisible();
	}
}

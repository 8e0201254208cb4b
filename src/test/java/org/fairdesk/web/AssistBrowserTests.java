package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.support.Browser;
import org.fairdesk.support.RequiresChromium;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Two demo reps credit help in a real browser: one opens a request from My work and asks a colleague to confirm their
 * help; the colleague finds it under "Help to confirm" and confirms it on the request.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
@Import(TestClockConfiguration.class)
class AssistBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;

	@Test
	void aRepCreditsAColleagueWhoConfirmsItOnTheRequest() {
		Rep colleague = people.repByUsername("rep2").orElseThrow();
		Page page = browser.logIn("rep1", "demo");
		page.navigate("/work");
		Locator first = page.locator("table tbody tr td a[href^='/requests/']").first();
		String request = first.getAttribute("href");
		first.click();
		page.getByText("Credit a colleague's help…").click();
		page.getByLabel("Colleague").selectOption(String.valueOf(colleague.id().value()));
		page.getByLabel("Note").fill("Took the supplier's call");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask them to confirm")).click();
		assertThat(page.getByText("Asked " + colleague.displayName() + " to confirm their help.")).isVisible();
		assertThat(page.locator("table.assists")).containsText("PROPOSED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

		Page helper = browser.logIn("rep2", "demo");
		helper.navigate("/work");
		assertThat(helper.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Help to confirm")))
			.isVisible();
		helper.locator("ul.assists a[href='" + request + "']").click();
		helper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(helper.getByText(colleague.displayName() + "'s help is confirmed: it is credited.")).isVisible();
		assertThat(helper.locator("table.assists")).containsText("CONFIRMED");
		assertThat(browser.takeCspViolations()).isEmpty();
	}
}

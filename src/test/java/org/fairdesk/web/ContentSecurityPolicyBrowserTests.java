package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.support.Browser;
import org.fairdesk.support.RequiresChromium;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The pages work under the Content-Security-Policy (no inline script or style) in a browser that enforces it: each
 * main page loads with no violation reported ({@link Browser} fails a test that ends with one), and the dashboard's
 * charts are drawn.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class ContentSecurityPolicyBrowserTests {

	private static final String PASSWORD = "browser-secret";
	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final String[] CHARTS = { "chart-closed", "chart-revenue", "chart-quality", "chart-mix", "chart-ratings" };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired UserAccounts accounts;
	@Autowired IncentiveManagement incentives;

	@Test
	void theMainPagesLoadWithoutViolationsAndTheDashboardDrawsItsCharts() {
		int n = TEAMS.incrementAndGet();
		Team team = people.createTeam("CSP team " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), "cspo" + n, "Cecil " + n, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		accounts.create(rep.username(), PASSWORD, Role.REP);
		accounts.create("cspm" + n, PASSWORD, Role.MANAGER);
		// a version for next month: the rep's page to confirm it shows its document, preview and form
		incentives.publish(team.id(), "name: Pool\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, "
				+ "split: {by: EQUAL}}]\n", LocalDate.of(2026, 12, 1), "manager");
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", "Policy check", null, null,
				null, null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);

		Page page = browser.logIn(rep.username(), PASSWORD);
		assertThat(page.getByText("Policy check")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click(); // htmx
		assertThat(page.getByText("IN_PROGRESS", new Page.GetByTextOptions().setExact(true))).isVisible();
		visit(page, "/dashboard");
		visit(page, "/statements");
		visit(page, "/plans/acknowledge");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read it"))).isVisible();
		visit(page, "/tokens");
		visit(page, "/standards");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

		browser.logIn("cspm" + n, PASSWORD);
		for (String path : new String[] { "/team", "/routing?team=" + team.id().value(), "/reviews", "/statements",
				"/standards?team=" + team.id().value(), "/plans/editor?team=" + team.id().value() }) {
			visit(page, path);
		}
		Response dashboard = visit(page, "/dashboard?team=" + team.id().value());
		assertThat(dashboard.headers().get("content-security-policy")).contains("script-src 'self'");
		for (String chart : CHARTS) {
			assertThat(page.locator("#" + chart)).isVisible();
			assertThat((Boolean) page.evaluate("id => Chart.getChart(id) !== undefined", chart)).as(chart).isTrue();
		}
		assertThat(browser.takeCspViolations()).isEmpty();
	}

	@Test
	void aViolationIsNoticed() { // so that the silence of the test above means something
		Page page = browser.page();
		page.navigate("/login");
		page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
				+ " document.body.append(s); }");
		assertThat((Object) page.evaluate("() => window.ran")).isNull();
		// Chromium reports it twice, as a securitypolicyviolation event and on the console: wait for both.
		List<String> seen = new ArrayList<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			seen.addAll(browser.takeCspViolations());
			return seen.stream().anyMatch(v -> v.startsWith("event on ") && v.contains("script-src"))
					&& seen.stream().anyMatch(v -> v.startsWith("console on ") && v.contains("script-src"));
		});
	}

	private static Response visit(Page page, String path) {
		Response response = page.navigate(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		page.waitForLoadState();
		return response;
	}
}

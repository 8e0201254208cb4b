package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.feedback.FeedbackManagement;
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
import org.fairdesk.support.MutableClock;
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
 * Issue 4's flow in a real browser: a rep resolves a query on "My work", the customer answers the survey on the
 * public page (no login), and the manager's dashboard shows the rating.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class SurveyToDashboardBrowserTests {

	private static final String PASSWORD = "browser-secret";
	private static final AtomicInteger TEAMS = new AtomicInteger();

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired UserAccounts accounts;
	@Autowired MutableClock clock;

	@Test
	void aRepResolvesTheCustomerAnswersAndTheManagerSeesTheRating() {
		clock.set(TestClockConfiguration.START);
		int n = TEAMS.incrementAndGet();
		Team team = people.createTeam("Survey team " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), "sara" + n, "Sara " + n, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		accounts.create(rep.username(), PASSWORD, Role.REP);
		accounts.create("mona" + n, PASSWORD, Role.MANAGER);
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", "Where is my invoice?", null,
				null, null, null, null, null, "peter@example.com"), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);

		// The rep starts and resolves it on "My work".
		Page page = browser.logIn(rep.username(), PASSWORD);
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Where is my invoice?"));
		button(row, "Start").click();
		assertThat(row.getByText("IN_PROGRESS", new Locator.GetByTextOptions().setExact(true))).isVisible();
		button(row, "Resolve").click();
		assertThat(row.getByText("RESOLVED", new Locator.GetByTextOptions().setExact(true))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

		// Closing issued a survey (after commit); without SMTP the link is what an integration would mail.
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, clock.instant()).isPresent());
		String link = feedback.issueNewLink(id, clock.instant()).link();

		// The customer answers on the public page, without logging in.
		page.navigate(URI.create(link).getPath());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How did we do?"))).isVisible();
		assertThat(page.getByText("Where is my invoice?")).isVisible();
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4 Satisfied").setExact(true)).check();
		page.getByLabel("Anything you would like to tell us? (optional)").fill("Quick and friendly.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
		assertThat(page.getByText("Thank you!")).isVisible();

		// The manager's dashboard shows it: an average of 4.00 from one answer.
		browser.logIn("mona" + n, PASSWORD);
		page.navigate("/dashboard?team=" + team.id().value());
		Locator csat = page.locator(".card").filter(new Locator.FilterOptions().setHasText("Customer satisfaction"));
		assertThat(csat).containsText("4.00");
		assertThat(csat).containsText("1 answers");
		assertThat(page.locator("#chart-ratings")).isVisible();
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}
}

package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
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
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A rep's day in a real browser (Debian's Chromium through Playwright) against the application on a random port
 * and an in-memory H2: log in through the form, set availability, start and close a request on “My work”; and the
 * manager's pages stay closed to a rep. Each test makes its own team, rep and login; the team works in PUSH (the
 * default), so the request reaches the rep on arrival.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class RepWorkBrowserTests {

	private static final String PASSWORD = "browser-secret";
	private static final AtomicInteger REPS = new AtomicInteger();

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired UserAccounts accounts;

	Team team;
	Rep rep;

	@BeforeEach
	void aTeamWithARepWhoCanLogIn() {
		String name = "rita" + REPS.incrementAndGet();
		team = people.createTeam("Browser team " + name, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), name, "Rita " + name, BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		accounts.create(rep.username(), PASSWORD, Role.REP);
	}

	@Test
	void aRepLogsInSetsAvailabilityAndStartsAndResolvesTheirQuery() {
		RequestId id = query("Initech", "When do the chairs arrive?");

		Page page = browser.logIn(rep.username(), PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/work$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My work"))).isVisible();
		assertThat(page.getByText("You are: Available.")).isVisible();
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("When do the chairs arrive?"));
		assertThat(row).containsText("Initech");
		assertThat(state(row, "ASSIGNED")).isVisible();

		Locator overloaded = button(page, "Overloaded: nothing new");
		overloaded.click();
		assertThat(page.getByText("You are: Overloaded: nothing new.")).isVisible();
		assertThat(overloaded).hasAttribute("aria-pressed", "true");
		assertThat(button(page, "Available")).hasAttribute("aria-pressed", "false");
		assertThat(people.rep(rep.id()).availability()).isEqualTo(Availability.OVERLOADED);

		// Overloaded means nothing new: the rep still works on what they have. Start and close swap the row in
		// place (htmx, with the CSRF header from the page), so a mark left on this page must survive them.
		page.waitForLoadState();
		page.evaluate("() => window.samePage = true");
		button(row, "Start").click();
		assertThat(state(row, "IN_PROGRESS")).isVisible();
		button(row, "Resolve").click();
		assertThat(state(row, "RESOLVED")).isVisible();
		assertThat(button(row, "Resolve")).not().isAttached();
		assertThat(page.evaluate("() => window.samePage === true")).isEqualTo(true);

		RequestView closed = work.request(id);
		assertThat(closed.state()).isEqualTo(RequestState.RESOLVED);
		assertThat(closed.assigneeId()).isEqualTo(rep.id());
		assertThat(closed.startedAt()).isNotNull();
		assertThat(closed.closedAt()).isNotNull();

		// Still so after a reload: the row comes from the database, not from the swapped HTML.
		page.reload();
		assertThat(page.getByText("You are: Overloaded: nothing new.")).isVisible();
		assertThat(state(row, "RESOLVED")).isVisible();
		assertThat(button(row, "Start")).not().isAttached();
		assertThat(page.evaluate("() => window.samePage === undefined")).isEqualTo(true);
	}

	@Test
	void aRepCannotOpenTheManagersRoutingPage() {
		Page page = browser.logIn(rep.username(), PASSWORD);
		assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("My work"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Routing"))).not().isAttached();

		Response response = page.navigate("/routing");
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("403 Forbidden"))).isVisible();
		assertThat(page.getByText("Routing ·")).not().isAttached();
	}

	@Test
	void aWrongPasswordKeepsTheRepOnTheLoginPage() {
		Page page = browser.page();
		page.navigate("/work");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(rep.username());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
		button(page, "Log in").click();
		assertThat(page.getByText("Wrong username or password.")).isVisible();
		assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
	}

	private RequestId query(String customer, String subject) {
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), customer, subject, null, null, null,
				null), "test", TestClockConfiguration.START).requestId();
		// PUSH routes it to the team's only rep once the event is delivered.
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		assertThat(work.request(id).assigneeId()).isEqualTo(rep.id());
		return id;
	}

	/** The state shown in a request's row (exact, so the "Resolved" choice of the close form does not count). */
	private static Locator state(Locator row, String state) {
		return row.getByText(state, new Locator.GetByTextOptions().setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}
}

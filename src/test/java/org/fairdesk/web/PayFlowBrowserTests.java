package org.fairdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.Browser;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.RequiresChromium;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month paid from end to end in a real browser, as a manager, a rep and finance would do it (docs/pay.md): the
 * manager closes October; an October order the customer returns afterwards arrives as an adjustment on November's
 * statement when November closes; the rep disputes a line of it and reads the manager's answer; the manager approves November,
 * finance marks it paid and downloads the payroll file; the rep's PDF opens and says what the page says.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PayFlowBrowserTests {

	private static final String PASSWORD = "pay-flow-password";

	private static final AtomicInteger TEAMS = new AtomicInteger();

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired WorkManagement work;

	Team team;
	Rep ann;
	Rep ben;
	String manager;
	String finance;

	/** Ann and Ben share 10 % of the team's margin equally from October: October 400.00, November 500.00. */
	@BeforeEach
	void aTeamPaidFromOctober() {
		int n = TEAMS.incrementAndGet();
		// another team first, so the pages open on it and the manager must choose theirs, as with several teams
		people.createTeam("Another team " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		team = people.createTeam("Pay flow " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		ann = rep("ann" + n, "Ann Flow");
		ben = rep("ben" + n, "Ben Flow");
		manager = login("boss" + n, Role.MANAGER);
		finance = login("cfo" + n, Role.FINANCE);
		incentives.publish(team.id(), """
				name: Team margin pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split: {by: EQUAL}
				""", LocalDate.of(2026, 10, 1), manager);
		fulfilled(ann, "2026-10-10T10:00:00Z", "300.00");
		fulfilled(ben, "2026-10-20T10:00:00Z", "100.00");
		fulfilled(ann, "2026-11-05T10:00:00Z", "500.00");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aMonthIsClosedCorrectedDisputedApprovedAndPaid() throws IOException {
		// 2 November: the manager closes October (10 % of 600.00, 30.00 each)
		UUID returned = fulfilled(ben, "2026-10-31T10:00:00Z", "200.00");
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		Page page = browser.logIn(manager, PASSWORD);
		nav(page, "Pay months");
		chooseTeam(page);
		assertThat(button(month(page, "2026-11"), "Close")).not().isAttached();
		button(month(page, "2026-10"), "Close").click();
		assertThat(page.getByText("2026-10 is CLOSED.")).isVisible();
		assertThat(month(page, "2026-10").locator(".state")).hasText("CLOSED");

		// On 10 November the customer returns Ben's October order and it is reopened; on 16 December the manager
		// closes November and the close finds October changed
		clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		work.reopen(new RequestId(returned), Reopener.manager(manager), "Returned by the customer", clock.instant());
		clock.set(Instant.parse("2026-12-16T09:00:00Z"));
		page.reload();
		button(month(page, "2026-11"), "Close").click();
		assertThat(page.getByText("2026-11 is CLOSED.")).isVisible();
		logOut(page);

		// Ann reads November: 25.00 of the pool, -10.00 for October (its facts now pay 20.00 a rep), 15.00
		page = browser.logIn(ann.username(), PASSWORD);
		page.navigate("/statements?period=2026-11");
		Locator statement = page.getByRole(AriaRole.ARTICLE);
		assertThat(statement.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("Ann Flow · €15.00");
		Locator adjustment = row(statement, "Adjustment for 2026-10");
		assertThat(adjustment).containsText("2026-10 paid 30.00 EUR at its close; its facts now pay 20.00 EUR");
		assertThat(adjustment).containsText("-€10.00");
		// Ben's order, a colleague's request for Ann: named, not linked (it would open to a refusal)
		assertThat(adjustment.locator("a[href$='/requests/" + returned + "']")).not().isAttached();
		assertThat(adjustment.locator("span.colleagues")).hasText(returned.toString().substring(0, 8));

		// She disputes her share; the form asks for a reason first
		Locator share = row(statement, "Your share of");
		share.locator("summary").click();
		share.getByLabel("Why this line is wrong (required)").fill("My order of 5 November was 600.00, not 500.00");
		button(share, "Dispute this line").click();
		assertThat(page.getByText(java.util.regex.Pattern.compile("Your dispute #\\d+ is opened"))).isVisible();
		assertThat(page.getByText("Open: waiting for a manager")).isVisible();
		Locator pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF").setExact(true));
		// The browser shows the PDF inline; fetched through the same session, it parses and says what the page says
		var pdf = page.request().get(pdfLink.getAttribute("href"));
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		String text = pdfText(pdf.body());
		assertThat(text).contains("Ann Flow").contains("2026-11").contains("Adjustment for 2026-10");
		logOut(page);

		// The manager sees the open dispute where the months are settled, accepts it, and approves November
		page = browser.logIn(manager, PASSWORD);
		nav(page, "Pay months");
		chooseTeam(page);
		assertThat(page.getByText("Open disputes: 1")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide them")).click();
		page.getByLabel("Amount to pay (EUR; negative takes back)").fill("5.00");
		page.getByLabel("Answer (optional)").fill("Right: the order was booked 100.00 short; paid in December");
		button(page, "Accept and pay").click();
		assertThat(page.getByText(java.util.regex.Pattern.compile("Dispute #\\d+ is accepted"))).isVisible();
		nav(page, "Pay months");
		chooseTeam(page);
		assertThat(page.getByText("Open disputes: 1")).not().isAttached();
		button(month(page, "2026-11"), "Approve").click();
		assertThat(page.getByText("2026-11 is APPROVED.")).isVisible();
		assertThat(button(month(page, "2026-11"), "Mark paid")).not().isAttached();
		logOut(page);

		// Ann reads the answer, and the 5.00 on December's provisional statement
		page = browser.logIn(ann.username(), PASSWORD);
		page.navigate("/statements?period=2026-11");
		assertThat(page.getByText("Right: the order was booked 100.00 short; paid in December")).isVisible();
		page.navigate("/statements?period=2026-12");
		assertThat(row(page.getByRole(AriaRole.ARTICLE), "Dispute for 2026-11")).containsText("€5.00");
		logOut(page);

		// Finance marks November paid and takes the payroll file
		page = browser.logIn(finance, PASSWORD);
		nav(page, "Pay months");
		chooseTeam(page);
		button(month(page, "2026-11"), "Mark paid").click();
		assertThat(page.getByText("2026-11 is PAID.")).isVisible();
		Locator payrollLink = month(page, "2026-11").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName("payroll file"));
		Download payroll = page.waitForDownload(payrollLink::click);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(Files.readString(payroll.path()))).getRecords();
		assertThat(rows).extracting(r -> r.get("name") + " " + r.get("amount"))
			.containsExactlyInAnyOrder("Ann Flow 15.00", "Ben Flow 15.00");
		assertThat(rows).extracting(r -> r.get("period")).containsOnly("2026-11");
	}

	private Rep rep(String username, String name) {
		Rep rep = people.addRep(new NewRep(team.id(), username, name, BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		accounts.create(username, PASSWORD, Role.REP);
		return rep;
	}

	private String login(String username, Role role) {
		accounts.create(username, PASSWORD, role);
		return username;
	}

	private UUID fulfilled(Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(id, team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)), DbTime.of(at),
					rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
		return id;
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static void nav(Page page, String name) {
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
			.setExact(true)).click();
	}

	/** Other tests' teams may share this application: the page opens on the first team; choose ours. */
	private void chooseTeam(Page page) {
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Pay months of"); // loaded: the chooser is there when there are several teams
		Locator chooser = page.locator("select[name=team]");
		if (chooser.count() > 0) {
			chooser.selectOption(team.name());
			button(page, "Show").click();
		}
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pay months of " + team.name())))
			.isVisible();
	}

	private static void logOut(Page page) {
		button(page, "Log out").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
	}

	private static Locator month(Page page, String period) {
		return page.locator("#month-" + period);
	}

	/** A statement's row by its label (the first cell): the payout's calculation names the paying lines too. */
	private static Locator row(Locator scope, String label) {
		return scope.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
			.setHas(scope.page().locator("td:first-child", new Page.LocatorOptions().setHasText(label))));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Locator scope, String name) {
		return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}
}

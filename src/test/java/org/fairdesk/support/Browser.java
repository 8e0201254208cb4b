package org.fairdesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's Chromium driven by Playwright, for the browser tests of a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)} class. Register it with {@code @RegisterExtension static final Browser browser = new Browser();} on a
 * class annotated {@link RequiresChromium}: Playwright and Chromium start once per class; each test gets a fresh
 * context (no cookies, no session) and page whose relative URLs go to the running application; all is closed after.
 * A failed test leaves a screenshot and the page's HTML under {@code target/browser/}. A test after which the browser
 * reported a Content-Security-Policy violation fails (an inline script or style the policy blocked: the page would
 * not work as tested in a browser that enforces it).
 * <p>
 * Playwright never downloads a browser here: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is passed to its driver
 * (and set by the build for all tests), and Chromium is launched from {@link #CHROMIUM}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	/** Debian's Chromium ({@code apt-get install -y chromium}); {@code FAIRDESK_TEST_CHROMIUM} may name another. */
	public static final Path CHROMIUM = Paths.get(env("FAIRDESK_TEST_CHROMIUM", "/usr/bin/chromium"));

	static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	static final Path FAILURES = Paths.get("target", "browser");

	/** How long an action or an assertion waits for the page before it fails: generous for two busy cores. */
	static final double TIMEOUT_MILLIS = 15_000;

	private static final String CSP_BINDING = "fairdeskCspViolation";

	/** Reports each violation to {@link #CSP_BINDING}; runs before the page's own scripts, outside its policy. */
	private static final String CSP_LISTENER = """
			document.addEventListener('securitypolicyviolation', e => window.%s(
			  e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
			""".formatted(CSP_BINDING);

	private final List<String> cspViolations = new CopyOnWriteArrayList<>();

	private Playwright playwright;
	private com.microsoft.playwright.Browser chromium;
	private BrowserContext context;
	private Page page;

	@Override
	public void beforeAll(ExtensionContext extension) {
		long start = System.nanoTime();
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(ARGS)
			.setTimeout(60_000));
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		System.err.printf("Browser: Playwright with Chromium %s from %s ready in %d ms%n", chromium.version(), CHROMIUM,
				(System.nanoTime() - start) / 1_000_000);
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		String port = SpringExtension.getApplicationContext(extension).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("Browser needs @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port)
			.setLocale("en-GB"));
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		cspViolations.clear();
		context.exposeBinding(CSP_BINDING, (source, args) -> {
			cspViolations.add("event on " + source.page().url() + ": " + args[0]);
			return null;
		});
		context.addInitScript(CSP_LISTENER);
		page = context.newPage();
		// Chromium also reports a violation on the console ("Refused to ... Content Security Policy ...").
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				cspViolations.add("console on " + page.url() + ": " + message.text());
			}
		});
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		try {
			if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
				keepEvidence(extension);
			}
			else if (!cspViolations.isEmpty()) {
				throw new AssertionError("The browser reported Content-Security-Policy violations:\n"
						+ String.join("\n", cspViolations));
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
			context = null;
			page = null;
		}
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (chromium != null) {
			chromium.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** This test's page, in a context of its own. */
	public Page page() {
		if (page == null) {
			throw new IllegalStateException("No page outside a test");
		}
		return page;
	}

	/**
	 * The Content-Security-Policy violations the browser reported in this test so far, which are then forgotten (a
	 * test that provokes one on purpose takes it, as each test must end with none).
	 */
	public List<String> takeCspViolations() {
		List<String> taken = List.copyOf(cspViolations);
		cspViolations.removeAll(taken);
		return taken;
	}

	/** Logs in through the login form, as a person would, and waits until the start page has loaded. */
	public Page logIn(String username, String password) {
		Page page = page();
		page.navigate("/login");
		page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true)).click();
		assertThat(page).not().hasURL(Pattern.compile("/login"));
		return page;
	}

	private void keepEvidence(ExtensionContext extension) {
		String name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
		try {
			Files.createDirectories(FAILURES);
			page.screenshot(new Page.ScreenshotOptions().setPath(FAILURES.resolve(name + ".png")).setFullPage(true));
			Files.writeString(FAILURES.resolve(name + ".html"), "<!-- " + page.url() + " -->\n" + page.content());
			System.err.println("Browser test " + name + " failed on " + page.url() + "; screenshot and HTML in "
					+ FAILURES.toAbsolutePath());
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Browser test " + name + ": could not keep the page: " + e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

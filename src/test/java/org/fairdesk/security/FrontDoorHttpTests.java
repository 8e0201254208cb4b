package org.fairdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The front door over real HTTP, as Tomcat answers it (MockMvc sets no session cookie and follows no forward): the
 * session cookie's attributes, the Content-Security-Policy on pages, files and the API, and the page a throttled
 * form login gets. All requests come from 127.0.0.1, so this context allows only two failures per account, and
 * has one of its own, so that no other test logs in from an address these tests held back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fairdesk.security.login-throttle.account-failures=2")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorHttpTests {

	static final String PASSWORD = "right-password";
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort int port;
	@Autowired UserAccounts accounts;

	final HttpClient http = HttpClient.newHttpClient(); // follows no redirect

	@BeforeAll
	void logins() {
		accounts.create("http-mia", PASSWORD, Role.MANAGER);
		accounts.create("http-rita", PASSWORD, Role.REP);
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnlyBeforeAndAfterLogin() throws Exception {
		HttpResponse<String> loginPage = send(get("/login"));
		String before = sessionCookie(loginPage);
		assertThat(before).contains("SameSite=Lax").contains("HttpOnly");

		HttpResponse<String> login = send(form(loginPage, "http-mia", PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		String after = sessionCookie(login); // a new session id on login
		assertThat(after).contains("SameSite=Lax").contains("HttpOnly").isNotEqualTo(before);
	}

	@Test
	void pagesFilesAndTheApiAnswerWithTheContentSecurityPolicy() throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("http-mia:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		List<HttpResponse<String>> answers = List.of(send(get("/login")), send(get("/css/fairdesk.css")),
				send(get("/api/teams")), send(get("/api/teams").header("Authorization", basic)));
		assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 401, 200);
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.headers().firstValue("Content-Security-Policy"))
				.as(answer.uri().getPath())
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		}
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void aThrottledFormLoginGets429AndTheLoginPageSayingHowLongToWait() throws Exception {
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> wrong = send(form(send(get("/login")), "http-rita", "guess" + i));
			assertThat(wrong.statusCode()).isEqualTo(302);
			assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		}
		HttpResponse<String> refused = send(form(send(get("/login")), "http-rita", PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("300");
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(refused.body())
			.contains("Too many failed logins for this account. Please wait 300 seconds before you try again.")
			.containsPattern(CSRF) // the form, ready for the next try
			.doesNotContain("Wrong username or password");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	/** The login form of {@code page} submitted with its session and CSRF token. */
	private HttpRequest.Builder form(HttpResponse<String> page, String username, String password) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token in the login form").isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		return get("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", sessionCookie(page).split(";", 2)[0])
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie set by " + response.uri()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

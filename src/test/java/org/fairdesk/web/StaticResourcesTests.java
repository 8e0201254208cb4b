package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The static files are served under /css, /js and /webjars only ({@link StaticResources}): the files answer as
 * before, a page's links to anything else are not looked up as files, and an unknown path is still a 404 (a problem
 * for the API, the error page for a page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticResourcesTests {

	private static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort int port;
	@Autowired ResourceUrlProvider resourceUrls;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void theStylesScriptsAndWebjarsAreServed() throws Exception {
		for (String path : List.of("/css/fairdesk.css", "/js/dashboard.js", "/js/lab.js",
				"/webjars/htmx.org/dist/htmx.min.js")) {
			HttpResponse<String> answer = send(get(path));
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).isNotBlank();
		}
		assertThat(send(get("/css/none.css")).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyThoseFoldersAreAskedAboutALink() {
		assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js")).isNotNull();
		assertThat(resourceUrls.getForLookupPath("/css/fairdesk.css")).isEqualTo("/css/fairdesk.css");
		// A link to a request, a rep or a page is not a file: no handler claims it (Spring Boot's default /** did, and
		// looked each one up on the class path), so nothing is looked up.
		assertThat(resourceUrls.getHandlerMap().keySet()).map(Object::toString)
			.containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
		assertThat(resourceUrls.getForLookupPath("/requests/4f6c9d1e-0000-4000-8000-000000000001")).isNull();
	}

	@Test
	void anUnknownPathIsStillNotFound() throws Exception {
		HttpResponse<String> api = send(get("/api/nothing-here").header("Authorization", ADMIN));
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("No API endpoint GET /api/nothing-here");
		signIn("admin", "test-admin");
		HttpResponse<String> page = send(get("/nothing-here").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("java.");
	}

	/** A browser's form login, with the login page's CSRF token; the session stays in the client's cookies. */
	private void signIn(String username, String password) throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(send(get("/login")).body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.statusCode()).isEqualTo(302);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}
}

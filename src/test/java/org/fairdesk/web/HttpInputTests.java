package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.RowCounts;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What only a real server shows, through Tomcat rather than MockMvc: a wildcard Content-Type (Spring failed on it
 * with a 500), overlong and malformed UTF-8 in a URL or a form body (the public survey page's), and {@code /error}
 * asked for directly. Each is a 4xx that names what is wrong, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpInputTests {

	private static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort int port;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aWildcardContentTypeIs415NotA500() throws Exception {
		for (String type : List.of("*/*", "*", "application/*", "*/*;charset=UTF-8")) {
			Map<String, Long> before = RowCounts.of(jdbc);
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/teams"))
				.header("Authorization", ADMIN)
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Wild\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"}")));
			assertThat(answer.statusCode()).as(type).isEqualTo(415);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					value -> assertThat(value).startsWith("application/problem+json"));
			assertThat(answer.body()).contains("\"field\":\"Content-Type\"").contains("must be application/json");
			assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		}
	}

	/** A walk-through's body with three wrongly typed members was named one member at a time. */
	@Test
	void everyBadMemberOfABodyIsNamedAtOnce() throws Exception {
		Map<String, Long> before = RowCounts.of(jdbc);
		HttpResponse<String> answer = postTeam("{\"name\": 5, \"currency\": [\"EUR\"], \"timeZone\": true, "
				+ "\"colour\": \"red\"}");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"name\"").contains("\"field\":\"currency\"")
			.contains("\"field\":\"timeZone\"").contains("\"field\":\"colour\"")
			.contains("is not a member here");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);

		// one bad member is answered as before, and a good member beside it is not named
		answer = postTeam("{\"name\": \"Fine\", \"currency\": [\"EUR\"], \"timeZone\": \"UTC\"}");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Malformed request body").contains("\"field\":\"currency\"")
			.doesNotContain("\"field\":\"name\"").doesNotContain("\"field\":\"timeZone\"");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private HttpResponse<String> postTeam(String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/teams"))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	@Test
	void malformedUtf8InAUrlIsA400NamingTheParameters() throws Exception {
		for (String encoded : List.of("%C0%80", "%C1%81", "%E0%80%AF", "%ED%A0%80", "%80", "%FF")) {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/statements?period=2026-1" + encoded))
				.header("Authorization", ADMIN)
				.GET());
			assertThat(answer.statusCode()).as(encoded).isEqualTo(400);
			assertThat(answer.body()).contains("\"field\":\"parameters\"").contains("must be UTF-8 text");
		}
	}

	@Test
	void theSurveyPageRefusesNulAndMalformedUtf8InItsFormAndStoresNothing() throws Exception {
		String token = surveyLink();
		String page = send(HttpRequest.newBuilder(uri("/survey/" + token)).GET()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the form's CSRF token").isTrue();
		byte[][] comments = { "%C0%80".getBytes(StandardCharsets.US_ASCII), // overlong NUL, percent-encoded
				{ 'a', (byte) 0xC0, (byte) 0x80 }, // the same, raw
				{ 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // a surrogate, raw
				"a%00b".getBytes(StandardCharsets.US_ASCII) }; // NUL itself
		for (byte[] comment : comments) {
			Map<String, Long> before = RowCounts.of(jdbc);
			ByteArrayOutputStream form = new ByteArrayOutputStream();
			form.writeBytes(("_csrf=" + csrf.group(1) + "&rating=4&comment=").getBytes(StandardCharsets.US_ASCII));
			form.writeBytes(comment);
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/survey/" + token))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
			assertThat(answer.statusCode()).as(new String(comment, StandardCharsets.ISO_8859_1)).isEqualTo(400);
			assertThat(answer.body()).containsAnyOf("parameters: must be UTF-8 text",
					"comment: must not contain the NUL character");
			assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		}
		HttpResponse<String> fine = send(HttpRequest.newBuilder(uri("/survey/" + token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1) + "&rating=4&comment=Gr%C3%BC%C3%9Fe")));
		assertThat(fine.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select comment from survey_response").query(String.class).list()).contains("Grüße");
	}

	/** The error page says what was wrong, as a person would put it; Spring's own words name Java types. */
	@Test
	void aPageParameterOfTheWrongKindOrMissingIsSaidInTheCallersWords() throws Exception {
		String login = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		assertThat(send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin&_csrf=" + csrf.group(1))))
			.statusCode()).isEqualTo(302);

		Map<String, String> pages = Map.of("/routing?team=abc", "team: must be a whole number, got abc",
				"/dashboard?team=1.5", "team: must be a whole number, got 1.5", "/dashboard/team.csv", "team: is required",
				"/statements?period=%2B999999-01", "period: must be a month as YYYY-MM from 1970-01 to 9999-12");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(page.getKey())).header("Accept", "text/html").GET());
			assertThat(answer.statusCode()).as(page.getKey()).isEqualTo(400);
			assertThat(answer.body()).as(page.getKey()).contains(page.getValue()).doesNotContain("java.");
		}
	}

	/**
	 * A refusal made before a controller runs (here the container's, of TRACE) reaches the error controller: on the
	 * API it is problem+json like every other answer, not Spring Boot's own error JSON (walk-through).
	 */
	@Test
	void aRefusalBeforeAnyControllerIsProblemJsonOnTheApi() throws Exception {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/teams")).header("Authorization", ADMIN)
			.method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(answer.statusCode()).isBetween(400, 499);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				value -> assertThat(value).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":" + answer.statusCode()).contains("\"instance\":\"/api/teams\"")
			.doesNotContain("timestamp");
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/pay")).header("Authorization", ADMIN)
			.header("Accept", "text/html").method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				value -> assertThat(value).doesNotStartWith("application/problem+json"));
	}

	@Test
	void errorAskedForDirectlyIsNotFound() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/error")).GET()).statusCode()).isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").GET()).statusCode())
			.isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri("/error")).header("Authorization", ADMIN).GET()).statusCode())
			.isEqualTo(404);
	}

	/** Refused by Tomcat before Fairdesk sees the request: its own HTML page named nothing. */
	@Test
	void aPathTomcatCannotReadIsA400NamingItAsAProblemOnTheApiAndTextOnPages() throws Exception {
		for (String path : List.of("/api/requests/%00", "/api/teams/1%2F2", "/api/teams/%ZZ", "/api/teams/1%5C")) {
			String answer = raw("GET " + path);
			assertThat(answer).as(path)
				.startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"field\":\"path\"", "\"message\":\"is not a path Fairdesk can read: each %")
				.doesNotContain("<html");
		}
		assertThat(raw("GET /teams/%ZZ")).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/plain")
			.contains("400 Bad Request: path: " + UnreadablePaths.PATH_RULE);
		String noHost = rawRequest("GET /api/teams HTTP/1.1\r\nConnection: close\r\n\r\n");
		assertThat(noHost).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"field\":\"request\"", "could not be read")
			.doesNotContain(UnreadablePaths.PATH_RULE);
	}

	/** Refused by Spring Security's firewall: Boot's answer said "No message available". */
	@Test
	void aPathTheFirewallRefusesIsA400SayingWhy() throws Exception {
		for (String path : List.of("/api/teams//1", "/api/teams/1/..;/x", "/api/teams/1/../../x")) {
			String answer = raw("GET " + path);
			assertThat(answer).as(path)
				.startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("\"field\":\"path\"", "was refused before it was read: The request was rejected because the URL");
		}
		String secret = rawRequest("GET /api/teams HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + ADMIN
				+ "\u0085secret\r\nConnection: close\r\n\r\n");
		assertThat(secret).startsWith("HTTP/1.1 400")
			.contains("\"field\":\"headers\"", "a header's name or value (Authorization) holds a character")
			.doesNotContain(ADMIN.substring("Basic ".length()))
			.doesNotContain("secret");
		// A value that happens to hold "URL" is still a header's value, never quoted back.
		String url = rawRequest("GET /api/teams HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic URLsecret\u0085"
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(url).startsWith("HTTP/1.1 400").contains("\"field\":\"headers\"").doesNotContain("URLsecret");
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/reps//1")).header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("path: was refused before it was read");
	}

	/** One request written as it is, so that a path no URI class accepts reaches the server; the whole answer. */
	private String raw(String requestLine) throws Exception {
		return rawRequest(requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + ADMIN
				+ "\r\nConnection: close\r\n\r\n");
	}

	private String rawRequest(String request) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String surveyLink() {
		Team team = people.createTeam("Http team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep rep = people.addRep(new NewRep(team.id(), "hana", "Hana Http", BigDecimal.TEN, LocalDate.of(2024, 1, 1)));
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", "Survey", null, null, null,
				null), "test", Instant.now()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		work.transition(id, rep.id(), Transition.to(RequestState.IN_PROGRESS), Instant.now());
		work.transition(id, rep.id(), Transition.to(RequestState.RESOLVED), Instant.now());
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, Instant.now()).isPresent());
		RowCounts.awaitQuiet(jdbc);
		String link = feedback.issueNewLink(id, Instant.now()).link();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}
}

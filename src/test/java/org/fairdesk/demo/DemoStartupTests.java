package org.fairdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user who calls Fairdesk while its first start is still seeding the demo: the web server is up before the
 * seeding, so a rep could log in and set themselves OVERLOADED mid-seed, which made the seeding fail and left a
 * half-seeded database that was never seeded again. A caller starts as soon as the server listens and keeps
 * calling until the app says it is ready: until then every call but the health probes answers 503, the seeding
 * finishes whole, and afterwards the same calls work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
@Import({ TestClockConfiguration.class, DemoStartupTests.EarlyCaller.class })
class DemoStartupTests {

	@Autowired EarlyCaller caller;
	@Autowired PeopleManagement people;
	@Autowired JdbcClient jdbc;
	@LocalServerPort int port;

	@Test
	void callsDuringTheFirstStartWaitAndTheDemoIsSeededWhole() throws Exception {
		caller.thread.join(Duration.ofMinutes(2).toMillis());
		List<Round> early = caller.rounds.stream().filter(round -> round.readiness() != 200).toList();
		assertThat(early).as("rounds of calls made before ready").isNotEmpty();
		assertThat(early).allSatisfy(round -> {
			assertThat(round.liveness()).as("liveness").isEqualTo(200);
			assertThat(round.readiness()).as("readiness").isEqualTo(503);
			assertThat(round.loginPage()).as("login page").isEqualTo(503);
			assertThat(round.setOverloaded()).as("PUT availability").isEqualTo(503);
		});
		assertThat(caller.rounds.get(caller.rounds.size() - 1).readiness()).isEqualTo(200);

		List<Rep> reps = people.members(people.teams().get(0).id());
		assertThat(reps).hasSize(8);
		assertThat(reps.get(4).availability()).isEqualTo(Availability.OVERLOADED);
		assertThat(reps.get(7).availability()).isEqualTo(Availability.AWAY);
		assertThat(jdbc.sql("select count(*) from requests").query(Long.class).single()).isGreaterThan(300);

		assertThat(EarlyCaller.call(port, "/login", null)).isEqualTo(200);
		assertThat(EarlyCaller.call(port, "/api/reps/me/availability", "{\"availability\":\"OVERLOADED\"}"))
			.isEqualTo(200);
	}

	record Round(int liveness, int readiness, int loginPage, int setOverloaded) {
	}

	/** Starts calling the moment the web server listens, before any start-up work runs, until readiness is UP. */
	@TestConfiguration(proxyBeanMethods = false)
	static class EarlyCaller implements ApplicationListener<WebServerInitializedEvent> {

		private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		final List<Round> rounds = new CopyOnWriteArrayList<>();
		volatile Thread thread = new Thread(() -> { });

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			int port = event.getWebServer().getPort();
			Thread caller = new Thread(() -> callUntilReady(port), "early-caller");
			caller.setDaemon(true);
			caller.start();
			thread = caller;
		}

		private void callUntilReady(int port) {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			try {
				while (System.nanoTime() < deadline) {
					// Readiness last: when it still says 503, every call before it in the round was made before ready.
					int setOverloaded = call(port, "/api/reps/me/availability", "{\"availability\":\"OVERLOADED\"}");
					int loginPage = call(port, "/login", null);
					int liveness = call(port, "/actuator/health/liveness", null);
					Round round = new Round(liveness, call(port, "/actuator/health/readiness", null), loginPage,
							setOverloaded);
					rounds.add(round);
					if (round.readiness() == 200) {
						return;
					}
					Thread.sleep(20);
				}
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}

		/** GET the path, or PUT the JSON body as rep1; the status. */
		static int call(int port, String path, String json) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
			if (json != null) {
				String login = Base64.getEncoder().encodeToString("rep1:demo".getBytes(StandardCharsets.UTF_8));
				request.header("Authorization", "Basic " + login)
					.header("Content-Type", "application/json")
					.PUT(BodyPublishers.ofString(json));
			}
			return HTTP.send(request.build(), BodyHandlers.discarding()).statusCode();
		}
	}
}

package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The default installation's embedded database, as {@code application.yml} configures it (a file under a temporary
 * folder instead of {@code ./data}), outlives its connections. The pool retires every connection after its maximum
 * lifetime (30 minutes by default); an H2 file database that closes when its last connection does then broke for
 * good ("The database has been closed [90098]"), half an hour after every start. Evicting the whole pool, again and
 * again while requests arrive, stands in for many lifetimes.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.maximum-pool-size=4" })
@AutoConfigureMockMvc
class EmbeddedDatabaseTests {

	@TempDir
	static Path folder;

	@Autowired MockMvc mvc;
	@Autowired HikariDataSource pool;
	@Autowired JdbcClient jdbc;

	@DynamicPropertySource
	static void theInstalledDatabase(DynamicPropertyRegistry registry) throws IOException {
		String url = installedUrl();
		assertThat(url).startsWith("jdbc:h2:file:./data/");
		registry.add("spring.datasource.url", () -> url.replace("./data/", folder.toAbsolutePath() + "/"));
	}

	@Test
	void servesRequestsAcrossManyPoolLifetimes() throws Exception {
		mvc.perform(post("/api/teams").with(httpBasic("admin", "test-admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Inside Sales\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}"))
			.andExpect(status().isCreated());
		ExecutorService callers = Executors.newFixedThreadPool(3);
		try {
			for (int lifetime = 0; lifetime < 40; lifetime++) {
				pool.getHikariPoolMXBean().softEvictConnections(); // what the end of maxLifetime does to each
				Future<?> first = callers.submit(newRequest());
				Future<?> second = callers.submit(newRequest());
				first.get();
				second.get();
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from requests").query(Long.class).single()).isEqualTo(80);
	}

	/** The application's own clock: a 201's receivedAt was its nanoseconds, the stored one rounded to microseconds. */
	@Test
	void aRequestIsAnsweredWithTheTimeItIsStoredWith() throws Exception {
		Integer team = JsonPath.read(mvc.perform(post("/api/teams").with(httpBasic("admin", "test-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Clock desk\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		for (int i = 0; i < 5; i++) {
			String created = mvc.perform(post("/api/requests").with(httpBasic("admin", "test-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\": " + team + ", \"kind\": \"QUERY\", \"customer\": \"Acme\","
						+ " \"subject\": \"Clock\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			String id = JsonPath.read(created, "$.id");
			String read = mvc.perform(get("/api/requests/" + id).with(httpBasic("admin", "test-admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(Instant.parse(JsonPath.read(read, "$.receivedAt")))
				.isEqualTo(Instant.parse(JsonPath.read(created, "$.receivedAt")));
		}
	}

	private Callable<Void> newRequest() {
		return () -> {
			mvc.perform(post("/api/requests").with(httpBasic("admin", "test-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"QUERY\", \"customer\": \"Acme\", \"subject\": \"Opening hours\"}"))
				.andExpect(status().isCreated());
			return null;
		};
	}

	/** The datasource URL the packaged application starts with, read from its own application.yml. */
	private static String installedUrl() throws IOException {
		for (PropertySource<?> document : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			Object url = document.getProperty("spring.datasource.url");
			if (url != null) {
				return url.toString();
			}
		}
		throw new IllegalStateException("application.yml names no spring.datasource.url");
	}
}

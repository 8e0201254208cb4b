package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "Try the API" section, run as a new user runs it: its shell blocks, word for word, with bash and curl
 * against a freshly seeded demo (only the address changes to this test's port). The walk-through runs with every curl
 * failing on an HTTP error (a {@code .curlrc} with {@code fail-with-body}), so a call that answers 4xx or 5xx stops
 * it; the error example must answer exactly the JSON the README shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fairdesk.demo.enabled=true")
class ReadmeWalkthroughTests {

	private static final Pattern BLOCK = Pattern.compile("```(sh|json)\\n(.*?)```", Pattern.DOTALL);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort int port;
	@TempDir Path curlHome;

	@Test
	void theWalkthroughRunsOnAFreshDemo() throws Exception {
		List<String> blocks = tryTheApiBlocks();
		// Each answer on a line of its own, and an HTTP error ends the script.
		Files.writeString(curlHome.resolve(".curlrc"), "fail-with-body\nshow-error\nwrite-out = \"\\n\"\n");

		Result walk = bash(blocks.get(0) + "\necho; echo \"walked: $ID\"", true);

		assertThat(walk.exit()).as(walk.output()).isZero();
		assertThat(walk.output()).contains("\"state\":\"IN_PROGRESS\"").contains("\"state\":\"FULFILLED\"")
			.contains("\"margin\":{\"amount\":\"3100.00\",\"currency\":\"EUR\"}")
			.containsPattern("walked: [0-9a-f-]{36}");
		List<String> lines = walk.output().lines().filter(line -> line.startsWith("[")).toList();
		assertThat(lines).as("the rep's statements, then the manager's").hasSizeGreaterThanOrEqualTo(2);
		assertThat(JSON.readTree(lines.get(lines.size() - 2)).size()).as("the rep sees only their own").isEqualTo(1);
		assertThat(JSON.readTree(lines.get(lines.size() - 1)).size()).as("the manager sees all eight").isEqualTo(8);
	}

	@Test
	void theErrorExampleAnswersWhatTheReadmeShows() throws Exception {
		List<String> blocks = tryTheApiBlocks();

		Result error = bash(blocks.get(1), false);

		JsonNode shown = JSON.readTree(blocks.get(2));
		JsonNode answered = JSON.readTree(error.output());
		for (String member : List.of("status", "title", "detail", "instance", "errors")) {
			assertThat(answered.get(member)).as(member).isEqualTo(shown.get(member));
		}
	}

	/** The shell and JSON blocks of README's "Try the API", in order, pointed at this test's server. */
	private List<String> tryTheApiBlocks() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("## Try the API");
		String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
		List<String> blocks = new ArrayList<>();
		Matcher block = BLOCK.matcher(section);
		while (block.find()) {
			blocks.add(block.group(2).replace("http://localhost:8080", "http://127.0.0.1:" + port));
		}
		assertThat(blocks).as("walk-through, error call, its answer").hasSize(3);
		return blocks;
	}

	private Result bash(String script, boolean failOnHttpErrors) throws IOException, InterruptedException {
		ProcessBuilder process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
		if (failOnHttpErrors) {
			process.environment().put("CURL_HOME", curlHome.toString());
		}
		else {
			process.environment().remove("CURL_HOME");
		}
		process.environment().put("HOME", curlHome.resolve("no-curlrc").toString());
		Process running = process.start();
		String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(running.waitFor(2, TimeUnit.MINUTES)).as("the script ended").isTrue();
		return new Result(running.exitValue(), output);
	}

	record Result(int exit, String output) {
	}
}

package org.fairdesk.lab.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The scenarios shipped with Fairdesk ({@code src/main/resources/lab/scenarios}): the proposals a team weighs, ready
 * to run from the lab page or the command line. A preset's title is its file's first comment line.
 */
public final class ScenarioPresets {

	/** A shipped scenario: its key (the file name without {@code .yaml}), its title and its YAML. */
	public record Preset(String key, String title, String yaml) {
	}

	private static final String LOCATION = "classpath*:lab/scenarios/*.yaml";

	private ScenarioPresets() {
	}

	/** Every shipped scenario, by key. */
	public static List<Preset> list() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(files).map(ScenarioPresets::read).sorted(Comparator.comparing(Preset::key)).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Optional<Preset> find(String key) {
		return list().stream().filter(p -> p.key().equals(key)).findFirst();
	}

	private static Preset read(Resource file) {
		try {
			String yaml = file.getContentAsString(StandardCharsets.UTF_8);
			String name = String.valueOf(file.getFilename());
			return new Preset(name.substring(0, name.length() - ".yaml".length()), title(yaml), yaml);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The first comment line without its '#', up to the first colon or parenthesis. */
	static String title(String yaml) {
		String first = yaml.lines().filter(l -> l.startsWith("#")).findFirst().orElse("#").substring(1).strip();
		int end = first.length();
		for (char stop : new char[] { '(', ':' }) {
			int at = first.indexOf(stop);
			if (at > 0) {
				end = Math.min(end, at);
			}
		}
		return first.substring(0, end).strip();
	}
}

package org.fairdesk.incentives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The plan documents a manager may start from, shipped as {@code plans/presets/*.yaml} on the classpath and read as
 * text: a preset is only a starting point for the editor, checked like any document when it is previewed or
 * published, so nothing here depends on the plan language.
 */
@Component
public class PlanPresets {

	static final String LOCATION = "classpath*:plans/presets/*.yaml";

	/** The plan's name as the document gives it on its top-level {@code name:} line, quotes and comment left out. */
	private static final Pattern NAME = Pattern.compile("(?m)^name:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^#\\r\\n]*))");

	/** One preset: its file name without {@code .yaml} as its key, the plan's name, and the YAML text. */
	public record Preset(String key, String name, String document) {
	}

	private final List<Preset> presets;

	PlanPresets() {
		this.presets = read();
	}

	/** Every preset, by file name. */
	public List<Preset> list() {
		return presets;
	}

	public Optional<Preset> find(String key) {
		return presets.stream().filter(p -> p.key().equals(key)).findFirst();
	}

	private static List<Preset> read() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			// The same file name on two classpath roots (a test's copy): the first root wins, as for any resource.
			Map<String, Preset> byKey = new LinkedHashMap<>();
			Arrays.stream(files)
				.filter(file -> file.getFilename() != null)
				.sorted(Comparator.comparing(Resource::getFilename))
				.forEach(file -> byKey.putIfAbsent(key(file), preset(file)));
			return List.copyOf(byKey.values());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the plan presets at " + LOCATION, e);
		}
	}

	private static String key(Resource file) {
		String name = file.getFilename();
		return name.substring(0, name.length() - ".yaml".length());
	}

	private static Preset preset(Resource file) {
		try {
			String document = file.getContentAsString(StandardCharsets.UTF_8);
			return new Preset(key(file), name(document).orElse(key(file)), document);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the plan preset " + file.getFilename(), e);
		}
	}

	static Optional<String> name(String document) {
		Matcher name = NAME.matcher(document);
		if (!name.find()) {
			return Optional.empty();
		}
		String given = name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
		return Optional.of(given.strip()).filter(n -> !n.isEmpty());
	}
}

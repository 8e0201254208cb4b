package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's MessageSource (as Boot configures it: {@code alwaysUseMessageFormat} false) runs a message through
 * {@link java.text.MessageFormat} only when it is given arguments. So a message with a {@code {0}} must write an
 * apostrophe {@code ''} (MessageFormat drops a single one), and a message without must write it {@code '} (nothing
 * undoubles it). Each messages*.properties is checked against that rule.
 */
class MessageApostrophesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+");

	/** An apostrophe that is not one of a pair. */
	private static final Pattern SINGLE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyMessageWritesItsApostrophesForHowItIsFormatted() throws IOException {
		List<Path> bundles = bundles();
		assertThat(bundles).isNotEmpty();
		List<String> wrong = new ArrayList<>();
		for (Path bundle : bundles) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (ARGUMENT.matcher(message).find() && SINGLE.matcher(message).find()) {
					wrong.add(bundle.getFileName() + " " + key + ": has arguments, so write '' for an apostrophe");
				}
				else if (!ARGUMENT.matcher(message).find() && message.contains("''")) {
					wrong.add(bundle.getFileName() + " " + key + ": has no arguments, so write ' for an apostrophe");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theMessageSourceShowsOneApostropheEitherWay() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		assertThat(source.getMessage("changes.scope.TEAM", new Object[] { "orders" }, Locale.ENGLISH))
			.isEqualTo("The team's orders");
		assertThat(source.getMessage("standards.recorded", null, Locale.ENGLISH))
			.isEqualTo("The conversation's outcome is recorded.");
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			return files.filter(file -> file.getFileName().toString().matches("messages.*\\.properties")).toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}
}

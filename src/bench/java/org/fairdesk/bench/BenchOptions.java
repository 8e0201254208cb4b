package org.fairdesk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benches' arguments: words of key=value over the bench's defaults; an unknown key is refused by name. */
final class BenchOptions {

	private BenchOptions() {
	}

	static Map<String, String> parse(Map<String, String> defaults, String[] args) {
		Map<String, String> options = new LinkedHashMap<>(defaults);
		for (String arg : args) {
			for (String word : arg.trim().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				int eq = word.indexOf('=');
				if (eq < 1 || !options.containsKey(word.substring(0, eq))) {
					throw new IllegalArgumentException("unknown argument " + word + "; known: " + options.keySet()
							+ ", each as key=value");
				}
				options.put(word.substring(0, eq), word.substring(eq + 1));
			}
		}
		return options;
	}
}

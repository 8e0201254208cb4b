package org.fairdesk.shared;

import java.time.Duration;

/**
 * Checks the modules' {@code @ConfigurationProperties} records run in their constructors, so that a bad setting stops
 * the start with a message naming the property, its rule and the value given.
 */
public final class SettingChecks {

	private SettingChecks() {
	}

	public static void requirePositive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be positive, got " + value);
		}
	}

	public static void requireNotNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new IllegalArgumentException(property + " must be 0 or more, got " + value);
		}
	}

	public static void requireNotNegative(String property, long value) {
		if (value < 0) {
			throw new IllegalArgumentException(property + " must be 0 or more, got " + value);
		}
	}

	public static void requireAtLeast(String property, long least, long value) {
		if (value < least) {
			throw new IllegalArgumentException(property + " must be at least " + least + ", got " + value);
		}
	}
}

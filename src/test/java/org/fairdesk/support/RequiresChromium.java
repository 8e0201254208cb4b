package org.fairdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where Chromium is installed ({@link Browser#CHROMIUM}, {@code /usr/bin/chromium} unless
 * {@code FAIRDESK_TEST_CHROMIUM} names another); elsewhere it is skipped with the reason. With
 * {@code FAIRDESK_REQUIRE_CHROMIUM=true} (as in CI) a missing browser fails the tests instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isRegularFile(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMIUM)) {
				return ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM);
			}
			String reason = "Chromium not installed at " + Browser.CHROMIUM + " (apt-get install -y chromium)";
			if (Boolean.parseBoolean(System.getenv("FAIRDESK_REQUIRE_CHROMIUM"))) {
				throw new IllegalStateException(reason + ", and FAIRDESK_REQUIRE_CHROMIUM=true requires it");
			}
			System.err.println("SKIPPED " + context.getDisplayName() + ": " + reason);
			return ConditionEvaluationResult.disabled(reason + " (set FAIRDESK_REQUIRE_CHROMIUM=true to fail instead)");
		}
	}
}

package org.fairdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where PostgreSQL is reachable; elsewhere it is skipped with the reason. With
 * {@code FAIRDESK_REQUIRE_POSTGRES=true} (as in CI) an unreachable server fails the tests instead. jqwik properties,
 * which JUnit Jupiter's conditions do not reach, take {@link ForProperties} as a lifecycle hook.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String reason = whyNot(context.getDisplayName());
			return reason == null
					? ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresDatabase.url("postgres"))
					: ConditionEvaluationResult.disabled(reason);
		}

		/**
		 * Null when PostgreSQL is reachable; otherwise why the tests are skipped (said on the console too), or an
		 * exception when {@code FAIRDESK_REQUIRE_POSTGRES=true}.
		 */
		static @Nullable String whyNot(String tests) {
			if (PostgresDatabase.reachable()) {
				return null;
			}
			String reason = "PostgreSQL not reachable at " + PostgresDatabase.url("postgres") + " as user "
					+ PostgresDatabase.USER;
			if (Boolean.parseBoolean(System.getenv("FAIRDESK_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException(reason + ", and FAIRDESK_REQUIRE_POSTGRES=true requires it");
			}
			System.err.println("SKIPPED " + tests + ": " + reason);
			return reason + " (set FAIRDESK_REQUIRE_POSTGRES=true to fail instead)";
		}
	}

	/** The same for a jqwik property class: {@code @AddLifecycleHook(RequiresPostgres.ForProperties.class)}. */
	class ForProperties implements SkipExecutionHook {

		@Override
		public SkipResult shouldBeSkipped(LifecycleContext context) {
			String reason = Condition.whyNot(context.label());
			return reason == null ? SkipResult.doNotSkip() : SkipResult.skip(reason);
		}

		@Override
		public PropagationMode propagateTo() {
			return PropagationMode.ALL_DESCENDANTS;
		}
	}
}

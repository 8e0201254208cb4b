package org.fairdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where PostgreSQL is reachable; elsewhere it is skipped with the reason. With
 * {@code FAIRDESK_REQUIRE_POSTGRES=true} (as in CI) an unreachable server fails the tests instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (PostgresDatabase.reachable()) {
				return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresDatabase.url("postgres"));
			}
			String reason = "PostgreSQL not reachable at " + PostgresDatabase.url("postgres") + " as user "
					+ PostgresDatabase.USER;
			if (Boolean.parseBoolean(System.getenv("FAIRDESK_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException(reason + ", and FAIRDESK_REQUIRE_POSTGRES=true requires it");
			}
			System.err.println("SKIPPED " + context.getDisplayName() + ": " + reason);
			return ConditionEvaluationResult.disabled(reason + " (set FAIRDESK_REQUIRE_POSTGRES=true to fail instead)");
		}
	}
}

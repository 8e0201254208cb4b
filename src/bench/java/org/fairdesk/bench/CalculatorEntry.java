package org.fairdesk.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fairdesk.incentives.Calculator;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.PlanDocument;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;

/**
 * The calculator alone, as the bench times it: {@code Calculator.calculate(PlanVersion, PeriodFacts)} on a plan
 * parsed once and facts read once. {@code Calculator}, {@code PlanVersion} and {@code PlanDocument} are public, but the
 * parser ({@code PlanDocuments.parse}) is package-private and main code is not to change for a bench, so the plan is
 * parsed by reflection ({@code setAccessible}, once, outside the timing). If no such parser is found (the plan
 * language is being rewritten), the fallback is the public {@code IncentiveManagement.evaluate(yaml, factsJson)},
 * which also parses the plan and the facts JSON on every call: the figure is then an upper bound, and the bench says
 * so.
 */
interface CalculatorEntry {

	List<Statement> calculate();

	/** How the figure was taken, for the summary. */
	String how();

	static CalculatorEntry of(String yaml, PeriodFacts facts, YearMonth month, IncentiveManagement incentives,
			FactsJson factsJson) {
		Optional<Method> parser = parser();
		if (parser.isPresent()) {
			PlanDocument document = parse(parser.get(), yaml);
			PlanVersion draft = new PlanVersion(document.name(), 0, month.atDay(1), document);
			String how = "Calculator.calculate(PlanVersion, PeriodFacts), plan parsed once by reflection ("
					+ parser.get().getDeclaringClass().getSimpleName() + "." + parser.get().getName() + ")";
			return new CalculatorEntry() {
				@Override
				public List<Statement> calculate() {
					return Calculator.calculate(draft, facts);
				}

				@Override
				public String how() {
					return how;
				}
			};
		}
		String json = factsJson.write(facts);
		return new CalculatorEntry() {
			@Override
			public List<Statement> calculate() {
				return incentives.evaluate(yaml, json);
			}

			@Override
			public String how() {
				return "FALLBACK IncentiveManagement.evaluate(yaml, factsJson): no plan parser found by reflection, so"
						+ " each call also parses the plan and " + json.length() + " characters of facts JSON";
			}
		};
	}

	/** The facts document as JSON (only the fallback needs it): the application's own mapper writes it. */
	interface FactsJson {
		String write(PeriodFacts facts);
	}

	/**
	 * A static method of org.fairdesk.incentives.PlanDocuments taking the YAML text and returning a PlanDocument:
	 * {@code parse} if there is one (the strict reader publishing uses), else any such method.
	 */
	private static Optional<Method> parser() {
		try {
			Class<?> documents = Class.forName("org.fairdesk.incentives.PlanDocuments");
			return Arrays.stream(documents.getDeclaredMethods())
				.filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == PlanDocument.class
						&& Arrays.equals(m.getParameterTypes(), new Class<?>[] { String.class }))
				.min(Comparator.comparing(m -> m.getName().equals("parse") ? 0 : 1))
				.map(m -> {
					m.setAccessible(true);
					return m;
				});
		}
		catch (ClassNotFoundException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static PlanDocument parse(Method parser, String yaml) {
		try {
			return (PlanDocument) parser.invoke(null, yaml);
		}
		catch (InvocationTargetException e) {
			throw new IllegalArgumentException("the plan does not parse: " + e.getCause().getMessage(), e.getCause());
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}

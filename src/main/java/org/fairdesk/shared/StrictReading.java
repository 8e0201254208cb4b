package org.fairdesk.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How Fairdesk reads a document from outside (an API body as JSON, a plan as YAML), so that every member of every
 * document obeys the same rules before any check of its own: no fraction where a whole number is expected (2.5
 * days), no member given twice and none the reader does not take (a misspelt one ignored would leave unset what
 * its author meant to set), nothing after the value; text that can be stored ({@link Inputs#textProblem}); numbers
 * with at most {@link Inputs#MAX_DIGITS} digits on either side of the point, so that 1e999999999 is refused before
 * anything writes it out; dates from {@link Inputs#FIRST_YEAR} to {@link Inputs#LAST_YEAR}. What is refused is named
 * by {@link ReadingProblems}. A date is text: a whole number is refused rather than read as days since 1970.
 */
public final class StrictReading {

	private StrictReading() {
	}

	/** The builder with the rules applied; what else it is configured with is kept. */
	public static <B extends MapperBuilder<?, B>> B strict(B builder) {
		return rules(builder, false, true);
	}

	/**
	 * {@link #strict} for JSON from outside, which also takes every value at its JSON type: {@code "30"} is not a
	 * whole number, {@code 30} or {@code true} is not text, {@code "true"} or {@code 1} is not true or false. A client
	 * that quotes a count has a bug worth hearing about. An exact decimal (an amount, a percentage) may be text, as
	 * the API writes money ({@code "12.50"}), so that no client has to pass it through a binary fraction. YAML keeps
	 * the conversions: there {@code name: 2027} is text to its author.
	 */
	public static <B extends MapperBuilder<?, B>> B strictJson(B builder) {
		return typed(rules(builder, true, true));
	}

	/**
	 * {@link #strictJson} for a document Fairdesk wrote itself and reads back (a closed month's facts): its text was
	 * checked when it came in, by the rules of that day, so only what could not have been stored is refused. A name
	 * taken before control characters were refused must not make a closed month unreadable.
	 */
	public static <B extends MapperBuilder<?, B>> B storedJson(B builder) {
		return typed(rules(builder, true, false));
	}

	private static <B extends MapperBuilder<?, B>> B typed(B builder) {
		return builder.withCoercionConfig(LogicalType.Textual,
				config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	private static <B extends MapperBuilder<?, B>> B rules(B builder, boolean typed, boolean fromOutside) {
		return builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new Rules(typed, fromOutside));
	}

	/**
	 * For a module's own reader of a value (an amount in a document, say): refuses the member being read with a
	 * message in the caller's words, which {@link ReadingProblems} reports as it is, under the member's path.
	 */
	public static JacksonException refusal(JsonParser parser, String message) {
		return new Refused(parser, message);
	}

	/** A member refused with a message in the caller's words: what it must be. Jackson adds the member's path. */
	static final class Refused extends MismatchedInputException {

		Refused(JsonParser parser, String message) {
			super(parser, message);
		}
	}

	private static final class Rules extends SimpleModule {

		Rules(boolean typed, boolean fromOutside) {
			super("fairdesk-strict-reading");
			addDeserializer(String.class, new Text(fromOutside));
			addDeserializer(BigDecimal.class, new Decimal());
			addDeserializer(LocalDate.class, new Day());
			if (typed) {
				for (Class<?> type : List.of(Integer.class, int.class, Long.class, long.class, Double.class, double.class,
						Boolean.class, boolean.class)) {
					unquoted(type);
				}
			}
		}

		@SuppressWarnings("unchecked")
		private <T> void unquoted(Class<T> type) {
			addDeserializer(type, (ValueDeserializer<T>) new Unquoted(NumberDeserializers.find(type)));
		}
	}

	/**
	 * Refuses text where a JSON number or true/false belongs, quoting it, and a number where true/false belongs (1 is
	 * not true); the rest is the standard reader's.
	 */
	private static final class Unquoted extends DelegatingDeserializer {

		private final boolean truth;

		Unquoted(ValueDeserializer<?> standard) {
			super(standard);
			this.truth = handledType() == Boolean.class || handledType() == boolean.class;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
			return new Unquoted(standard);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				throw new Refused(parser, "must be " + ReadingProblems.kind(handledType()) + ", got \""
						+ Inputs.shortened(parser.getString()) + "\"");
			}
			if (truth && parser.currentToken() != null && parser.currentToken().isNumeric()) {
				throw new Refused(parser, "must be true or false, got " + Inputs.shortened(parser.getString()));
			}
			return super.deserialize(parser, context);
		}
	}

	private static final class Text extends StringDeserializer {

		private final boolean fromOutside;

		Text(boolean fromOutside) {
			this.fromOutside = fromOutside;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			String problem = text == null ? null
					: fromOutside ? Inputs.textProblem(text) : Inputs.unstorableTextProblem(text);
			if (problem != null) {
				throw new Refused(parser, problem);
			}
			return text;
		}
	}

	private static final class Decimal extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			BigDecimal number = super.deserialize(parser, context);
			if (number != null && !Inputs.isOfSaneSize(number)) {
				throw new Refused(parser, Inputs.NUMBER_RULE + ", got " + Inputs.shortened(number.toString()));
			}
			return number;
		}
	}

	private static final class Day extends StdScalarDeserializer<LocalDate> {

		Day() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
				throw new Refused(parser, Inputs.DAY_RULE + ", got " + Inputs.shortened(parser.getString()));
			}
			LocalDate day = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (day != null && !Inputs.isWithinYears(day)) {
				throw new Refused(parser, Inputs.DAY_RULE + ", got " + day);
			}
			return day;
		}
	}
}

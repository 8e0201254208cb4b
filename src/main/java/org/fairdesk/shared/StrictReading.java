package org.fairdesk.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How Fairdesk reads a document from outside (an API body as JSON, a plan as YAML), so that every member of every
 * document obeys the same rules before any check of its own: no fraction where a whole number is expected (2.5
 * days), no member given twice, nothing after the value; text that can be stored ({@link Inputs#textProblem}); numbers
 * with at most {@link Inputs#MAX_DIGITS} digits on either side of the point, so that 1e999999999 is refused before
 * anything writes it out; dates from {@link Inputs#FIRST_YEAR} to {@link Inputs#LAST_YEAR}. What is refused is named
 * by {@link ReadingProblems}.
 */
public final class StrictReading {

	private StrictReading() {
	}

	/** The builder with the rules applied; what else it is configured with is kept. */
	public static <B extends MapperBuilder<?, B>> B strict(B builder) {
		return builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new Rules());
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

		Rules() {
			super("fairdesk-strict-reading");
			addDeserializer(String.class, new Text());
			addDeserializer(BigDecimal.class, new Decimal());
			addDeserializer(LocalDate.class, new Day());
		}
	}

	private static final class Text extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(parser, context);
			String problem = text == null ? null : Inputs.textProblem(text);
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
			LocalDate day = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (day != null && !Inputs.isWithinYears(day)) {
				throw new Refused(parser, Inputs.DAY_RULE + ", got " + day);
			}
			return day;
		}
	}
}

package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Currency;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.StrictReading;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a facts document's month, currency and amounts are read: each refusal says in the caller's words what the
 * member must be. An amount is taken exactly as written (never rounded): more decimals than its currency has, or an
 * unknown currency, is refused.
 */
final class FactsValues extends SimpleModule {

	/** The API's limit on an amount (as for requests' values): less than 10^12 either way. */
	static final BigDecimal MAX_AMOUNT = Money.LIMIT;

	FactsValues() {
		super("fairdesk-facts-values");
		addDeserializer(Money.class, new Amounts());
		addDeserializer(Currency.class, new Currencies());
		addDeserializer(YearMonth.class, new Months());
		addDeserializer(RepId.class, new Ids<>(RepId.class, RepId::of));
		addDeserializer(TeamId.class, new Ids<>(TeamId.class, TeamId::of));
	}

	static Currency currency(JsonParser parser, String code) {
		return Inputs.currencyOf(code)
			.orElseThrow(() -> StrictReading.refusal(parser, Inputs.CURRENCY_RULE + ", got '" + Inputs.shortened(code) + "'"));
	}

	private static final class Currencies extends StdScalarDeserializer<Currency> {

		Currencies() {
			super(Currency.class);
		}

		@Override
		public Currency deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return currency(parser, context.readValue(parser, String.class));
		}
	}

	/** A rep's or team's id: a whole number, said so (the id types are objects to Jackson). */
	private static final class Ids<T> extends StdScalarDeserializer<T> {

		private final java.util.function.LongFunction<T> of;

		Ids(Class<T> type, java.util.function.LongFunction<T> of) {
			super(type);
			this.of = of;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
				throw StrictReading.refusal(parser, "must be a whole number above 0");
			}
			return of.apply(parser.getLongValue());
		}
	}

	private static final class Months extends StdScalarDeserializer<YearMonth> {

		Months() {
			super(YearMonth.class);
		}

		@Override
		public YearMonth deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String text = context.readValue(parser, String.class);
			try {
				YearMonth month = YearMonth.parse(text);
				if (Inputs.isWithinYears(month.atDay(1))) {
					return month;
				}
			}
			catch (DateTimeException e) {
				// refused below
			}
			throw StrictReading.refusal(parser, Inputs.MONTH_RULE + ", got " + Inputs.shortened(text));
		}
	}

	/** {@code {"amount": "12.50", "currency": "EUR"}}: the shape every amount of the API has. */
	private static final class Amounts extends StdDeserializer<Money> {

		private static final String SHAPE = "must be an amount such as {\"amount\": \"12.50\", \"currency\": \"EUR\"}";

		Amounts() {
			super(Money.class);
		}

		@Override
		public Money deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			if (!parser.isExpectedStartObjectToken()) {
				throw StrictReading.refusal(parser, SHAPE);
			}
			BigDecimal amount = null;
			Currency currency = null;
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken value = parser.nextToken();
				try {
					switch (name) {
						case "amount" -> amount = value == JsonToken.VALUE_NULL ? null
								: context.readValue(parser, BigDecimal.class);
						case "currency" -> currency = value == JsonToken.VALUE_NULL ? null
								: currency(parser, context.readValue(parser, String.class));
						default -> throw StrictReading.refusal(parser,
								"is not a member here; the members are [amount, currency]");
					}
				}
				catch (JacksonException e) {
					throw e.prependPath(Money.class, name);
				}
			}
			if (amount == null || currency == null) {
				throw StrictReading.refusal(parser, SHAPE + ", with both members");
			}
			if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
				throw StrictReading.refusal(parser, "amount must have at most " + currency.getDefaultFractionDigits()
						+ " decimals in " + currency.getCurrencyCode() + ", got " + Inputs.shortened(amount.toString()));
			}
			if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
				throw StrictReading.refusal(parser, "amount must be less than 10^12 either way, got "
						+ Inputs.shortened(amount.toString()));
			}
			return Money.of(amount, currency); // exact: it has no more decimals than the currency
		}
	}
}

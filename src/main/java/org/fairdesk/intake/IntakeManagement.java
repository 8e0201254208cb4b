package org.fairdesk.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The intake module's API: checks an arriving request completely, records it and announces it. */
@Service
public class IntakeManagement {

	/** Larger than any real order; keeps amounts inside numeric(19,4) with room for sums. */
	static final BigDecimal MAX_AMOUNT = org.fairdesk.shared.Money.LIMIT;

	private final Arrivals arrivals;
	private final PeopleManagement people;
	private final ApplicationEventPublisher events;

	IntakeManagement(Arrivals arrivals, PeopleManagement people, ApplicationEventPublisher events) {
		this.arrivals = arrivals;
		this.people = people;
		this.events = events;
	}

	/**
	 * Accepts a request that arrived at {@code at}, or rejects it whole with every problem named.
	 *
	 * @throws InvalidInputException when a field is missing or wrong
	 * @throws ConflictException when the external id was used before
	 */
	@Transactional
	public RequestReceived receive(NewRequest input, @Nullable String receivedBy, Instant at) {
		RequestReceived request = validate(input, at);
		if (request.externalId() != null && arrivals.externalIdExists(request.externalId())) {
			throw duplicate(request.externalId());
		}
		try {
			arrivals.insert(request, receivedBy);
		}
		catch (DuplicateKeyException raced) {
			throw duplicate(request.externalId());
		}
		events.publishEvent(request);
		return request;
	}

	/** Where the customer who sent the request can be reached, if they said. */
	@Transactional(readOnly = true)
	public Optional<String> customerEmail(RequestId request) {
		return arrivals.customerEmail(request);
	}

	private static ConflictException duplicate(@Nullable String externalId) {
		return new ConflictException("externalId", "A request with external id " + externalId + " already exists");
	}

	private RequestReceived validate(NewRequest input, Instant at) {
		var checks = new FieldChecks();
		Optional<RequestKind> kind = kind(input.kind(), checks);
		Optional<Team> team = team(input.teamId(), checks);
		// the lengths of what is stored: the text without the spaces around it
		checks.requireText(stripped(input.customer()), "customer", 200)
			.requireText(stripped(input.subject()), "subject", 300)
			.require(input.description() == null || input.description().length() <= 10_000, "description",
					"must be at most 10000 characters")
			.require(input.externalId() == null || !input.externalId().isBlank() && input.externalId().length() <= 200,
					"externalId", "must be 1 to 200 characters when given")
			.require(input.priority() == null || input.priority() >= 0 && input.priority() <= 9, "priority",
					"must be from 0 (normal) to 9 (most urgent), got " + input.priority())
			.require(input.skill() == null || !input.skill().isBlank() && stripped(input.skill()).length() <= 50,
					"skill", "must be 1 to 50 characters when given")
			.require(input.customerEmail() == null || EmailAddresses.isValid(input.customerEmail().strip()),
					"customerEmail", "must be an e-mail address such as buyer@example.com, at most "
							+ EmailAddresses.MAX_LENGTH + " characters, when given");
		Optional<Currency> currency = currency(input.currency(), team, checks);
		if (input.amount() != null && input.amount().signum() <= 0) { // the message only when it is needed
			checks.require(false, "amount", "must be more than zero, got " + input.amount());
		}
		kind.ifPresent(k -> checkAmount(k, input.amount(), currency, checks));
		checks.throwIfAny();
		Currency teamCurrency = team.orElseThrow().currency();
		Money amount = input.amount() == null ? null : Money.of(input.amount(), teamCurrency);
		return new RequestReceived(RequestId.random(), team.orElseThrow().id(), kind.orElseThrow(),
				input.customer().strip(), input.subject().strip(), input.description(), amount, teamCurrency,
				input.externalId(), at, input.priority() == null ? 0 : input.priority(),
				input.skill() == null ? null : input.skill().strip(),
				input.customerEmail() == null ? null : input.customerEmail().strip());
	}

	private static @Nullable String stripped(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static Optional<RequestKind> kind(@Nullable String value, FieldChecks checks) {
		return Optional.ofNullable(Inputs.oneOf(RequestKind.class, value, "kind", checks));
	}

	/** A request names its team, unless there is only one team to send it to. */
	private Optional<Team> team(@Nullable Long teamId, FieldChecks checks) {
		if (teamId == null) {
			List<Team> teams = people.teams();
			checks.require(!teams.isEmpty(), "teamId", "no team exists yet: an admin creates one with POST /api/teams")
				.require(teams.size() <= 1, "teamId", "is required when there is more than one team");
			return teams.size() == 1 ? Optional.of(teams.get(0)) : Optional.empty();
		}
		Optional<Team> team = people.findTeam(new TeamId(teamId));
		checks.require(team.isPresent(), "teamId", "team " + teamId + " does not exist");
		return team;
	}

	private static Optional<Currency> currency(@Nullable String code, Optional<Team> team, FieldChecks checks) {
		if (code == null) {
			return Optional.empty();
		}
		Optional<Currency> currency = Optional.ofNullable(Inputs.currency(code, "currency", checks));
		team.ifPresent(t -> currency.ifPresent(c -> checks.require(c.equals(t.currency()), "currency",
				"must be the team's currency " + t.currency() + ", got " + c)));
		return currency;
	}

	private static void checkAmount(RequestKind kind, @Nullable BigDecimal amount, Optional<Currency> currency,
			FieldChecks checks) {
		if (!kind.hasAmount()) {
			checks.require(amount == null, "amount", "a " + kind + " has no amount");
			return;
		}
		if (kind == RequestKind.ORDER) {
			checks.require(amount != null, "amount", "is required for an ORDER");
		}
		if (amount == null) {
			return;
		}
		checks.require(amount.compareTo(MAX_AMOUNT) < 0, "amount", "must be less than " + MAX_AMOUNT.toPlainString())
			.require(currency.isPresent() || checks.hasProblem("currency"), "currency",
					"is required with an amount")
			.require(currency.isEmpty() || amount.stripTrailingZeros().scale() <= currency.get()
				.getDefaultFractionDigits(), "amount", "has more decimals than " + currency.map(Currency::toString)
					.orElse("the currency") + " allows");
	}
}

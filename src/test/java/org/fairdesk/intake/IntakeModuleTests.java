package org.fairdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Intake on its own: a valid request is recorded and announced; an invalid one leaves no trace. */
@ApplicationModuleTest
class IntakeModuleTests {

	static final Team TEAM = new Team(new TeamId(1), "Inside Sales", Currency.getInstance("EUR"),
			ZoneId.of("Europe/Berlin"));
	static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	@MockitoBean PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void oneTeam() {
		when(people.teams()).thenReturn(List.of(TEAM));
		when(people.findTeam(TEAM.id())).thenReturn(Optional.of(TEAM));
	}

	@Test
	void aValidOrderIsAnnouncedWithItsAmountInTheTeamsCurrency(Scenario scenario) {
		scenario.stimulate(() -> intake.receive(order("1250.5", "eur", null), "manager", NOW))
			.andWaitForEventOfType(RequestReceived.class)
			.toArriveAndVerify(received -> {
				assertThat(received.teamId()).isEqualTo(TEAM.id());
				assertThat(received.kind()).isEqualTo(RequestKind.ORDER);
				assertThat(received.amount()).isEqualTo(Money.of("1250.50", "EUR"));
				assertThat(received.receivedAt()).isEqualTo(NOW);
			});
	}

	@Test
	void aQueryNeedsNoAmountAndMayNotHaveOne() {
		RequestReceived query = intake.receive(new NewRequest("query", null, "Acme", "Delivery time?", null, null, null,
				null), "manager", NOW);
		assertThat(query.amount()).isNull();
		assertThat(query.currency()).isEqualTo(TEAM.currency());
		assertThatThrownBy(() -> intake.receive(new NewRequest("QUERY", null, "Acme", "Delivery?", null,
				BigDecimal.TEN, "EUR", null), "manager", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("amount"));
	}

	@Test
	void everyProblemIsNamedAtOnceAndNothingIsStored() {
		long before = arrivals();
		assertThatThrownBy(() -> intake.receive(new NewRequest("ORDER", 99L, " ", null, null, new BigDecimal("-3"),
				"XYZ", ""), "manager", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
				.extracting(p -> p.field())
				.containsExactlyInAnyOrder("teamId", "customer", "subject", "externalId", "currency", "amount"));
		assertThatThrownBy(() -> intake.receive(order(null, null, null), "manager", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems().get(0).message()).contains("required for an ORDER"));
		assertThat(arrivals()).isEqualTo(before);
	}

	/** A walk-through was refused " " + 200 letters for a customer, though what is stored is the 200 letters. */
	@Test
	void theLengthsAreOfTheTextStoredWithoutTheSpacesAroundIt() {
		String customer = "a".repeat(200);
		RequestReceived spaced = intake.receive(new NewRequest("query", null, " " + customer + " ", " Delivery? ", null,
				null, null, null), "manager", NOW);
		assertThat(spaced.customer()).isEqualTo(customer);
		assertThatThrownBy(() -> intake.receive(new NewRequest("query", null, customer + "a", "Delivery?", null, null,
				null, null), "manager", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("customer"));
	}

	/** The same for a skill, which is stored stripped too: " " + 50 letters was refused as over 50 characters. */
	@Test
	void aSkillsLengthIsOfTheSkillStoredWithoutTheSpacesAroundIt() {
		String skill = "g".repeat(50);
		RequestReceived spaced = intake.receive(new NewRequest("QUERY", null, "Acme", "Delivery?", null, null, null,
				null, 0, " " + skill + " ", null), "manager", NOW);
		assertThat(spaced.skill()).isEqualTo(skill);
		assertThatThrownBy(() -> intake.receive(new NewRequest("QUERY", null, "Acme", "Delivery?", null, null, null,
				null, 0, skill + "g", null), "manager", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("skill"));
	}

	@Test
	void anExternalIdIsAcceptedOnce() {
		intake.receive(order("10", "EUR", "shop-42"), "manager", NOW);
		long before = arrivals();
		assertThatThrownBy(() -> intake.receive(order("10", "EUR", "shop-42"), "manager", NOW))
			.isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("externalId"));
		assertThat(arrivals()).isEqualTo(before);
	}

	@Test
	void aCustomerEmailTravelsOnTheEventAndIsKeptByIntake() {
		RequestReceived received = intake.receive(withEmail(" buyer@acme.example.com "), "manager", NOW);
		assertThat(received.customerEmail()).isEqualTo("buyer@acme.example.com");
		assertThat(intake.customerEmail(received.requestId())).contains("buyer@acme.example.com");
		assertThat(intake.customerEmail(intake.receive(order("10", "EUR", null), "manager", NOW).requestId())).isEmpty();
	}

	@Test
	void aMalformedOrOverlongCustomerEmailIsNamedAndNothingIsStored() {
		long before = arrivals();
		String overlong = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".example.com";
		for (String bad : List.of("", "buyer", "buyer@", "@example.com", "buyer@localhost", "Buyer <b@example.com>",
				"a b@example.com", overlong)) {
			assertThatThrownBy(() -> intake.receive(withEmail(bad), "manager", NOW)).as(bad)
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
					.singleElement()
					.satisfies(p -> assertThat(p.field()).isEqualTo("customerEmail")));
		}
		assertThat(overlong).hasSizeGreaterThan(254);
		assertThat(arrivals()).isEqualTo(before);
	}

	private static NewRequest withEmail(String email) {
		return new NewRequest("QUERY", null, "Acme", "Delivery time?", null, null, null, null, null, null, email);
	}

	private static NewRequest order(String amount, String currency, String externalId) {
		return new NewRequest("ORDER", null, "Acme", "10 chairs", "Blue ones", amount == null ? null : new BigDecimal(amount),
				currency, externalId);
	}

	private long arrivals() {
		return jdbc.sql("select count(*) from arrivals").query(Long.class).single();
	}
}

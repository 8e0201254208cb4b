package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestKind;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.Availability;
import org.fairdesk.people.AvailabilityChanged;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Routing on its own: arrivals are queued and assigned round-robin; waiting work goes out when a rep returns. */
@ApplicationModuleTest
class RoutingModuleTests {

	static final TeamId TEAM = new TeamId(7);

	@MockitoBean PeopleManagement people;
	@Autowired RoutingManagement routing;

	@Test
	void anArrivalIsAssignedToTheRepWhoWaitedLongest(Scenario scenario) {
		when(people.members(TEAM)).thenReturn(List.of(rep(1, Availability.AVAILABLE), rep(2, Availability.AVAILABLE)));
		RequestReceived first = received();
		scenario.publish(first)
			.andWaitForEventOfType(RequestAssigned.class)
			.matching(assigned -> assigned.requestId().equals(first.requestId()))
			.toArriveAndVerify(assigned -> {
				assertThat(assigned.repId()).isEqualTo(new RepId(1));
				assertThat(assigned.policy()).isEqualTo("ROUND_ROBIN");
			});
		RequestReceived second = received();
		scenario.publish(second)
			.andWaitForEventOfType(RequestAssigned.class)
			.matching(assigned -> assigned.requestId().equals(second.requestId()))
			.toArriveAndVerify(assigned -> assertThat(assigned.repId()).isEqualTo(new RepId(2)));
	}

	@Test
	void withNobodyAvailableARequestWaitsUntilSomeoneReturns(Scenario scenario) {
		when(people.members(TEAM)).thenReturn(List.of(rep(3, Availability.AWAY), rep(4, Availability.OVERLOADED)));
		RequestReceived waiting = received();
		routing.enqueue(waiting);
		assertThat(routing.assign(waiting.requestId(), Instant.now())).isEmpty();

		when(people.members(TEAM)).thenReturn(List.of(rep(3, Availability.AVAILABLE), rep(4, Availability.OVERLOADED)));
		scenario.publish(new AvailabilityChanged(new RepId(3), TEAM, Availability.AWAY, Availability.AVAILABLE,
				Instant.now()))
			.andWaitForEventOfType(RequestAssigned.class)
			.matching(assigned -> assigned.requestId().equals(waiting.requestId()))
			.toArriveAndVerify(assigned -> assertThat(assigned.repId()).isEqualTo(new RepId(3)));
	}

	@Test
	void assigningTwiceKeepsTheFirstAssignee() {
		when(people.members(TEAM)).thenReturn(List.of(rep(5, Availability.AVAILABLE), rep(6, Availability.AVAILABLE)));
		RequestReceived request = received();
		routing.enqueue(request);
		RepId once = routing.assign(request.requestId(), Instant.now()).orElseThrow();
		assertThat(routing.assign(request.requestId(), Instant.now())).contains(once);
	}

	private static RequestReceived received() {
		return new RequestReceived(RequestId.random(), TEAM, RequestKind.QUERY, "Acme", "Where is my order?", null, null,
				Currency.getInstance("EUR"), null, Instant.now());
	}

	private static Rep rep(long id, Availability availability) {
		return new Rep(new RepId(id), TEAM, "rep" + id, "Rep " + id, BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1),
				availability);
	}
}

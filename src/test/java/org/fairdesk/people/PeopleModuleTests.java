package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

/** People on its own: teams, reps and availability changes, which routing listens to. */
@ApplicationModuleTest
class PeopleModuleTests {

	@Autowired PeopleManagement people;

	@Test
	void aRepChangingAvailabilityIsAnnouncedOnce(PublishedEvents events) {
		Team team = people.createTeam("Availability team", Currency.getInstance("EUR"), ZoneId.of("Europe/Rome"));
		Rep rep = people.addRep(new NewRep(team.id(), "ava", "Ava", new BigDecimal("32.5"), LocalDate.of(2025, 2, 1)));
		assertThat(rep.availability()).isEqualTo(Availability.AVAILABLE);

		assertThat(people.changeAvailability(rep.id(), Availability.OVERLOADED).availability())
			.isEqualTo(Availability.OVERLOADED);
		people.changeAvailability(rep.id(), Availability.OVERLOADED);

		assertThat(events.ofType(AvailabilityChanged.class).matching(e -> e.repId().equals(rep.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.from()).isEqualTo(Availability.AVAILABLE);
				assertThat(e.to()).isEqualTo(Availability.OVERLOADED);
				assertThat(e.teamId()).isEqualTo(team.id());
			});
		assertThat(people.repByUsername("ava")).map(Rep::hoursPerWeek).contains(new BigDecimal("32.50"));
	}

	@Test
	void aRepNeedsRealHoursAndAnExistingTeam() {
		Team team = people.createTeam("Hours team", Currency.getInstance("EUR"), ZoneId.of("UTC"));
		assertThatThrownBy(() -> people.addRep(new NewRep(team.id(), "zero", "Zero", BigDecimal.ZERO, LocalDate.now())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("hoursPerWeek"));
		assertThatThrownBy(() -> people.addRep(new NewRep(new TeamId(999), "ghost", "Ghost", BigDecimal.TEN,
				LocalDate.now()))).isInstanceOf(NotFoundException.class);
		assertThat(people.members(team.id())).isEmpty();
	}
}

package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** People on its own: teams, reps and availability changes, which routing listens to. */
@ApplicationModuleTest
class PeopleModuleTests {

	@Autowired PeopleManagement people;

	/** Security's, which the rep checks of people's web layer read; not started with people alone. */
	@MockitoBean org.fairdesk.security.TeamManagers teamManagers;
	@MockitoBean org.fairdesk.security.UserAccounts accounts; // whose login a new rep's name is

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

	@Test
	void oneRepsRoutingProfileIsTheirEntryInTheTeams() {
		Team team = people.createTeam("Profile team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep plain = people.addRep(new NewRep(team.id(), "plain", "Plain", BigDecimal.TEN, LocalDate.of(2024, 1, 1)));
		Rep full = people.addRep(new NewRep(team.id(), "full", "Full", new BigDecimal("20"), LocalDate.of(2024, 1, 1)));
		people.setCaps(full.id(), 5, Map.of(RequestKind.ORDER, 2, RequestKind.QUOTE, 1));
		people.setSkills(full.id(), Set.of("german", "french"));
		people.setSchedule(full.id(), new WorkSchedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(8, 0), LocalTime.of(16, 30)));
		LocalDate today = LocalDate.of(2026, 11, 16);
		people.addTimeOff(full.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)); // over: not read
		people.addTimeOff(full.id(), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31));
		people.addTimeOff(full.id(), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17));

		RoutingProfile one = people.routingProfile(full.id(), today);
		assertThat(people.routingProfiles(team.id(), today)).contains(one, people.routingProfile(plain.id(), today));
		assertThat(one.wipCap()).isEqualTo(5);
		assertThat(one.kindCaps()).containsExactlyInAnyOrderEntriesOf(Map.of(RequestKind.ORDER, 2, RequestKind.QUOTE, 1));
		assertThat(one.skills()).containsExactlyInAnyOrder("german", "french");
		assertThat(one.timeOff()).containsExactly(
				new RoutingProfile.TimeOff(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17)),
				new RoutingProfile.TimeOff(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31)));
		assertThat(one.isUncapped()).isFalse();
		assertThat(one.worksAnyTime()).isFalse();
		RoutingProfile bare = people.routingProfile(plain.id(), today);
		assertThat(bare.isUncapped()).isTrue();
		assertThat(bare.worksAnyTime()).isTrue();
		assertThatThrownBy(() -> people.routingProfile(new RepId(999_999), today)).isInstanceOf(NotFoundException.class);
	}
}

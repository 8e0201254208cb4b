package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

import org.fairdesk.shared.RequestKind;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A rep's routing settings page and removing time off (docs/routing.md): the API's rules, on a page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class RepRoutingPageTests {

	private static final RequestPostProcessor MANAGER = user("boss").roles("MANAGER");

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;

	Rep rep;
	String page;

	@BeforeEach
	void aRep() {
		String prefix = "rr" + System.nanoTime() % 1_000_000;
		Team team = people.createTeam("Settings " + prefix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), prefix, "Rita " + prefix, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		page = "/reps/" + rep.id().value() + "/routing";
	}

	@Test
	void aManagerSetsCapsSkillsHoursAndTimeOffOnOnePage() throws Exception {
		mvc.perform(post(page + "/caps").with(MANAGER).with(csrf()).param("wipCap", "3").param("cap.ORDER", "2"))
			.andExpect(flash().attribute("notice", "Caps saved."));
		mvc.perform(post(page + "/skills").with(MANAGER).with(csrf()).param("skills", "German, Spanish ,"))
			.andExpect(flash().attribute("notice", "Skills saved."));
		mvc.perform(post(page + "/schedule").with(MANAGER).with(csrf()).param("days", "MONDAY", "TUESDAY")
			.param("start", "09:00").param("end", "17:00")).andExpect(flash().attribute("notice", "Working hours saved."));
		mvc.perform(post(page + "/time-off").with(MANAGER).with(csrf()).param("firstDay", "2026-12-21")
			.param("lastDay", "2026-12-31")).andExpect(flash().attribute("notice", "Time off added."));

		RoutingProfile profile = people.routingProfile(rep.id(), LocalDate.of(2026, 11, 16));
		assertThat(profile.wipCap()).isEqualTo(3);
		assertThat(profile.kindCaps()).isEqualTo(Map.of(RequestKind.ORDER, 2));
		assertThat(profile.skills()).containsExactlyInAnyOrder("German", "Spanish");
		assertThat(profile.schedule().days()).isEqualTo(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
		assertThat(profile.schedule().start()).isEqualTo(LocalTime.of(9, 0));
		assertThat(profile.timeOff()).hasSize(1);
		mvc.perform(get(page).with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-12-21 – 2026-12-31")))
			.andExpect(content().string(containsString("value=\"3\"")));

		mvc.perform(post(page + "/time-off/remove").with(MANAGER).with(csrf()).param("firstDay", "2026-12-21")
			.param("lastDay", "2026-12-31")).andExpect(flash().attribute("notice", "Time off removed."));
		assertThat(people.routingProfile(rep.id(), LocalDate.of(2026, 11, 16)).timeOff()).isEmpty();
	}

	@Test
	void aRefusedFormSaysWhyAndStoresNothing() throws Exception {
		mvc.perform(post(page + "/caps").with(MANAGER).with(csrf()).param("wipCap", "1.5"))
			.andExpect(flash().attribute("failure", containsString("wipCap")));
		mvc.perform(post(page + "/caps").with(MANAGER).with(csrf()).param("wipCap", "x").param("cap.ORDER", "abc"))
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.allOf(containsString("wipCap"),
					containsString("kindCaps.ORDER"))));
		mvc.perform(post(page + "/caps").with(MANAGER).with(csrf()).param("wipCap", "abc").param("cap.ORDER", "-1"))
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.allOf(containsString("wipCap"),
					containsString("kindCaps.ORDER: must be more than zero; got -1"))));
		mvc.perform(post(page + "/skills").with(MANAGER).with(csrf()).param("skills", "German, german"))
			.andExpect(flash().attribute("failure", containsString("skill \"german\": repeats \"German\"")));
		// named as typed: the page has no list whose positions skills[1] could mean
		mvc.perform(post(page + "/skills").with(MANAGER).with(csrf()).param("skills",
				" , German, " + "Portuguese-Brazilian".repeat(3) + ", French"))
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.allOf(
					containsString("skill \"Portuguese-Brazilian…\": must be at most 50 characters"),
					org.hamcrest.Matchers.not(containsString("skills[")))));
		mvc.perform(post(page + "/schedule").with(MANAGER).with(csrf()).param("days", "FUNDAY").param("start", "09:00")
			.param("end", "17:00")).andExpect(flash().attribute("failure", containsString("days[0]")));
		mvc.perform(post(page + "/time-off").with(MANAGER).with(csrf()).param("firstDay", "2026-12-31")
			.param("lastDay", "2026-12-21")).andExpect(flash().attribute("failure", containsString("lastDay")));
		RoutingProfile profile = people.routingProfile(rep.id(), LocalDate.of(2026, 11, 16));
		assertThat(profile.wipCap()).isNull();
		assertThat(profile.skills()).isEmpty();
		assertThat(profile.schedule()).isNull();
		assertThat(profile.timeOff()).isEmpty();
		mvc.perform(get(page).with(user(rep.username()).roles("REP"))).andExpect(status().isForbidden());
	}

	@Test
	void timeOffTheRepAlreadyHasIsNotAddedTwice() throws Exception {
		mvc.perform(post(page + "/time-off").with(MANAGER).with(csrf()).param("firstDay", "2026-12-28")
			.param("lastDay", "2026-12-30"))
			.andExpect(flash().attribute("notice", "Time off added."));
		mvc.perform(post(page + "/time-off").with(MANAGER).with(csrf()).param("firstDay", "2026-12-28")
			.param("lastDay", "2026-12-30"))
			.andExpect(flash().attribute("failure",
					containsString("already has time off from 2026-12-28 to 2026-12-30")));
		assertThat(people.routingProfile(rep.id(), LocalDate.of(2026, 11, 16)).timeOff()).hasSize(1);
	}

	@Test
	void timeOffIsRemovedOverTheApiByItsDays() throws Exception {
		people.addTimeOff(rep.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
		String url = "/api/reps/" + rep.id().value() + "/time-off";
		mvc.perform(delete(url + "?firstDay=2026-12-01&lastDay=2026-12-02").with(MANAGER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeOff.length()").value(0));
		mvc.perform(delete(url + "?firstDay=2026-12-01&lastDay=2026-12-02").with(MANAGER))
			.andExpect(status().isNotFound());
		mvc.perform(delete(url + "?firstDay=2026-12-41").with(MANAGER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(delete(url + "?firstDay=2026-12-01&lastDay=2026-12-02").with(user(rep.username()).roles("REP")))
			.andExpect(status().isForbidden());
	}
}

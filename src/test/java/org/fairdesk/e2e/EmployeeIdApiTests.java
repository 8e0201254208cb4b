package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A rep's employee id in the payroll system (docs/api.md): set, cleared, checked, unique within a team. */
@SpringBootTest
@AutoConfigureMockMvc
class EmployeeIdApiTests {

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;

	@Test
	void aManagerSetsChangesAndClearsIt() throws Exception {
		Team team = team();
		Rep ann = rep(team, "Ann");
		set(ann, "{\"employeeId\": \"E-1001\"}", "MANAGER").andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").value("E-1001"))
			.andExpect(jsonPath("$.displayName").value("Ann"));
		assertThat(people.rep(ann.id()).employeeId()).isEqualTo("E-1001");
		set(ann, "{\"employeeId\": \"e_1001.b\"}", "ADMIN").andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").value("e_1001.b"));
		set(ann, "{\"employeeId\": \"" + "x".repeat(50) + "\"}", "MANAGER").andExpect(status().isOk());
		set(ann, "{\"employeeId\": null}", "MANAGER").andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeId").doesNotExist());
		assertThat(people.rep(ann.id()).employeeId()).isNull();
	}

	@Test
	void itIsUniqueWithinATeamOnly() throws Exception {
		Team team = team();
		Rep ann = rep(team, "Ann");
		Rep ben = rep(team, "Ben");
		Rep other = rep(team(), "Cleo");
		set(ann, "{\"employeeId\": \"E-7\"}", "MANAGER").andExpect(status().isOk());
		// setting the same again changes nothing
		set(ann, "{\"employeeId\": \"E-7\"}", "MANAGER").andExpect(status().isOk());
		set(ben, "{\"employeeId\": \"E-7\"}", "MANAGER").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is already the employee id of Ann")));
		assertThat(people.rep(ben.id()).employeeId()).isNull();
		// another team's rep may have the same id
		set(other, "{\"employeeId\": \"E-7\"}", "MANAGER").andExpect(status().isOk());
		// without ids, any number of reps of a team are fine: NULLs never clash
		set(ann, "{\"employeeId\": null}", "MANAGER").andExpect(status().isOk());
		set(ben, "{\"employeeId\": \"E-7\"}", "MANAGER").andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"employeeId\": \"\"}", "{\"employeeId\": \"E 1001\"}", "{\"employeeId\": \"=1+1\"}",
			"{\"employeeId\": \"E-10ö\"}", "{\"employeeId\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
			"{}" })
	void aBadIdIsRefusedNamingTheFieldAndNothingIsStored(String body) throws Exception {
		Rep ann = rep(team(), "Ann");
		set(ann, body, "MANAGER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"));
		assertThat(people.rep(ann.id()).employeeId()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-12", "-E-1001" })
	void anIdThePayrollFileWouldChangeIsRefused(String id) throws Exception {
		// CsvCells writes a cell starting with '-' as '-12, so the payroll file would pay another id
		Rep ann = rep(team(), "Ann");
		set(ann, "{\"employeeId\": \"" + id + "\"}", "MANAGER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("employeeId"))
			.andExpect(jsonPath("$.errors[0].message").value("must not start with '=', '+', '-' or '@': a "
					+ "spreadsheet reads such a cell as a formula, so the payroll file would write it with a leading ' "
					+ "and change the id; got " + id));
		assertThat(people.rep(ann.id()).employeeId()).isNull();
		set(ann, "{\"employeeId\": \"E-12\"}", "MANAGER").andExpect(status().isOk()); // a '-' inside is fine
	}

	@Test
	void onlyManagersAndAdminsSetIt() throws Exception {
		Rep ann = rep(team(), "Ann");
		set(ann, "{\"employeeId\": \"E-1\"}", "REP").andExpect(status().isForbidden());
		set(ann, "{\"employeeId\": \"E-1\"}", "FINANCE").andExpect(status().isForbidden());
		mvc.perform(put("/api/reps/999999999/employee-id").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": \"E-1\"}"))
			.andExpect(status().isNotFound());
		assertThat(people.rep(ann.id()).employeeId()).isNull();
	}

	private ResultActions set(Rep rep, String body, String role) throws Exception {
		return mvc.perform(put("/api/reps/" + rep.id().value() + "/employee-id").with(user("someone").roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private Team team() {
		return people.createTeam("Employee ids " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
	}

	private Rep rep(Team team, String name) {
		return people.addRep(new NewRep(team.id(), name.toLowerCase() + System.nanoTime(), name,
				BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
	}
}

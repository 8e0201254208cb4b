package org.fairdesk.work.web;

import java.util.List;
import java.util.Map;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.work.WorkManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's team page: who is available, what each rep carries, and the latest requests. */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class TeamController {

	private final WorkManagement work;
	private final PeopleManagement people;

	TeamController(WorkManagement work, PeopleManagement people) {
		this.work = work;
		this.people = people;
	}

	@GetMapping("/team")
	String team(Model model) {
		List<TeamPage> teams = people.teams().stream().map(this::page).toList();
		model.addAttribute("teams", teams);
		return "work/team";
	}

	private TeamPage page(Team team) {
		return new TeamPage(team, people.members(team.id()), work.openLoads(team.id()), work.recentInTeam(team.id(), 25));
	}

	/** One team's section of the page; its methods are public because the template calls them. */
	record TeamPage(Team team, List<org.fairdesk.people.Rep> reps, Map<RepId, Long> loads,
			List<org.fairdesk.work.RequestView> recent) {

		public long load(RepId rep) {
			return loads.getOrDefault(rep, 0L);
		}

		public String repName(org.fairdesk.work.RequestView request) {
			return reps.stream()
				.filter(rep -> rep.id().equals(request.assigneeId()))
				.map(org.fairdesk.people.Rep::displayName)
				.findFirst()
				.orElse("—");
		}
	}
}

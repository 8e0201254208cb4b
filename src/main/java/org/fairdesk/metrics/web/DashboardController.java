package org.fairdesk.metrics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.metrics.Dashboard;
import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The team dashboard, team first: totals and weekly trends, the mix by kind, the ratings, then individuals — every
 * rep for a manager, only their own scorecard for a rep. Each table downloads as CSV.
 */
@Controller
class DashboardController {

	private static final Set<String> CSV_TABLES = Set.of("team", "reps", "weeks", "outcomes", "ratings");

	private final MetricsManagement metrics;
	private final PeopleManagement people;
	private final JsonMapper json;
	private final RoutingAdministration routing;
	private final Clock clock;

	DashboardController(MetricsManagement metrics, PeopleManagement people, JsonMapper json,
			RoutingAdministration routing, Clock clock) {
		this.metrics = metrics;
		this.people = people;
		this.json = json;
		this.routing = routing;
		this.clock = clock;
	}

	/** What the charts draw, as JSON in the page for js/dashboard.js (no inline script: Content-Security-Policy). */
	record Charts(List<Dashboard.Week> weeks, List<Figures.OutcomeCount> mix, List<Long> ratings) {
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable Long team,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me, Model model) {
		List<Team> teams = MetricsViewers.seesEveryone(user) ? people.teams()
				: List.of(people.team(MetricsViewers.myself(user, me).teamId()));
		model.addAttribute("teams", teams);
		if (teams.isEmpty()) {
			return "metrics/dashboard";
		}
		TeamId chosen = team == null ? teams.get(0).id() : new TeamId(team);
		Dashboard board = visible(metrics.dashboard(chosen, period), user, me);
		model.addAttribute("board", board);
		model.addAttribute("charts", json.writeValueAsString(
				new Charts(board.weeks(), board.metrics().team().outcomes().byOutcome(), board.ratings())));
		model.addAttribute("everyone", MetricsViewers.seesEveryone(user));
		model.addAttribute("routing", routingOf(people.team(chosen), board, MetricsViewers.seesEveryone(user), me));
		return "metrics/dashboard";
	}

	@GetMapping("/dashboard/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table, @RequestParam long team,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me) throws IOException {
		if (!CSV_TABLES.contains(table)) { // before the dashboard is computed: a typo costs nothing
			throw InvalidInputException.of("table", "must be team, reps, weeks, outcomes or ratings, got " + table);
		}
		Dashboard board = visible(metrics.dashboard(new TeamId(team), period), user, me);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			switch (table) {
				case "team" -> DashboardCsv.figures(csv, List.of(new DashboardCsv.Row("team", board.metrics().team())));
				case "reps" -> DashboardCsv.figures(csv, board.metrics().reps().stream()
					.map(r -> new DashboardCsv.Row(r.name(), r.figures())).toList());
				case "weeks" -> DashboardCsv.weeks(csv, board.weeks());
				case "outcomes" -> DashboardCsv.outcomes(csv, board.metrics().team().outcomes().byOutcome());
				case "ratings" -> DashboardCsv.ratings(csv, board.ratings());
				default -> throw new IllegalStateException("a table CSV_TABLES lists but no case writes: " + table);
			}
		}
		String name = "fairdesk-" + team + "-" + board.metrics().period() + "-" + table + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(out.toString());
	}

	/** Routing's skip and cherry-pick figures for the month the shown period starts in. */
	private DashboardRouting routingOf(Team team, Dashboard board, boolean everyone, Optional<Rep> me) {
		YearMonth month = YearMonth.from(Period.parse(board.metrics().period(), team.today(clock)).firstDay());
		return DashboardRouting.of(routing.fairness(team.id(), month), month, everyone, me);
	}

	private static Dashboard visible(Dashboard board, Authentication user, Optional<Rep> me) {
		return new Dashboard(MetricsViewers.visible(board.metrics(), user, me), board.weeks(), board.ratings());
	}
}

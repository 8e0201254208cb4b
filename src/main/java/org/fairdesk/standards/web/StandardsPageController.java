package org.fairdesk.standards.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.MoneyFormat;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.standards.Flag;
import org.fairdesk.standards.NewConversation;
import org.fairdesk.standards.Standard;
import org.fairdesk.standards.StandardFlags;
import org.fairdesk.standards.StandardMetric;
import org.fairdesk.standards.StandardsManagement;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.shared.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The team standards page: the team's standards, the reps flagged in a month (default: the last month, which has
 * ended) with their values month by month, and a form to record a conversation's outcome. A rep sees their own
 * team's standards and only their own flags.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'REP')")
class StandardsPageController {

	private final StandardsManagement standards;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final Clock clock;

	private final TeamManagerChecks teamChecks;

	StandardsPageController(StandardsManagement standards, PeopleManagement people, MessageSource messages,
			Clock clock, TeamManagerChecks teamChecks) {
		this.teamChecks = teamChecks;
		this.standards = standards;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/standards")
	String page(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me, Model model) {
		boolean manager = StandardsViewers.seesEveryone(user);
		List<Team> all = manager ? people.teams() : List.of();
		List<Team> teams = all.stream().filter(each -> teamChecks.manages(user, each.id())).toList();
		model.addAttribute("manager", manager);
		model.addAttribute("teams", teams);
		model.addAttribute("teamsHidden", teams.isEmpty() && !all.isEmpty());
		Team chosen = chosenTeam(team, manager, teams, user, me);
		if (chosen == null) {
			return "standards/standards";
		}
		YearMonth month = Inputs.month(period, chosen.thisMonth(clock).minusMonths(1), "period");
		StandardFlags flags = StandardsViewers.visible(standards.flags(chosen.id(), month), user, me);
		model.addAttribute("team", chosen);
		model.addAttribute("period", month.toString());
		model.addAttribute("standards", flags.standards().stream().map(Standard::describe).toList());
		model.addAttribute("reps", rows(flags, chosen.locale()));
		Map<RepId, String> names = new LinkedHashMap<>();
		people.members(chosen.id()).forEach(r -> names.put(r.id(), r.displayName()));
		model.addAttribute("conversations", flags.conversations().stream()
			.map(c -> new ConversationRow(names.getOrDefault(c.repId(), c.repId().toString()), c.flaggedFrom(),
					c.period(), c.outcome(), c.recordedBy(),
					// as the team's clock showed it, as every pay page writes a moment
					org.fairdesk.shared.MomentFormat.format(c.recordedAt(), chosen.zone(), chosen.locale())))
			.toList());
		return "standards/standards";
	}

	@PostMapping("/standards/conversations")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String record(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String repId,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String outcome, Authentication user, RedirectAttributes flash) {
		Integer teamId = Inputs.wholeNumber(team, "team", "a team's id, a whole number");
		if (teamId == null) {
			throw InvalidInputException.of("team", "is required: a team's id");
		}
		try {
			teamChecks.requireForTeam(user, new TeamId(teamId), StandardsController.STANDARDS);
			Integer rep = Inputs.wholeNumber(repId, "repId", "a rep's id, a whole number");
			standards.recordConversation(new TeamId(teamId),
					new NewConversation(rep == null ? null : rep.longValue(), period, outcome), user.getName());
			flash.addFlashAttribute("notice", text("standards.recorded"));
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			flash.addFlashAttribute("failure", text("standards.failed", e.getMessage()));
		}
		catch (ForbiddenException notTheirs) {
			flash.addFlashAttribute("failure", text("standards.failed", notTheirs.getMessage()));
			return "redirect:/standards"; // the team's flags are not theirs to read either: the message shows on their own
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/standards").queryParam("team", teamId)
			.queryParam("period", period == null ? "" : period.strip()).encode().build().toUriString();
	}

	private @Nullable Team chosenTeam(@Nullable String team, boolean manager, List<Team> teams, Authentication user,
			Optional<Rep> me) {
		if (!manager) {
			Rep rep = me.orElseThrow(() -> new org.fairdesk.shared.ForbiddenException("Login " + user.getName()
					+ " has no team"));
			return people.team(rep.teamId());
		}
		Integer id = Inputs.wholeNumber(team, "team", "a team's id, a whole number");
		if (id == null) {
			return teams.isEmpty() ? null : teams.get(0);
		}
		return people.team(StandardsViewers.readable(new TeamId(id), user, me, teamChecks));
	}

	/** The flags grouped by rep, each with its standards' months as text. */
	private static List<RepRow> rows(StandardFlags flags, Locale locale) {
		Map<RepId, RepRow> byRep = new LinkedHashMap<>();
		for (Flag flag : flags.flags()) {
			RepRow row = byRep.computeIfAbsent(flag.repId(), id -> new RepRow(id.value(), flag.repName(),
					new ArrayList<>()));
			StandardMetric metric = flag.standard().metric();
			row.flags().add(new FlagRow(flag.rule(), flag.months().stream()
				.map(m -> new MonthRow(m.period(), format(metric, m.value(), locale), m.sample(),
						format(metric, m.limit(), locale), format(metric, m.teamValue(), locale)))
				.toList()));
		}
		return new ArrayList<>(byRep.values());
	}

	/**
	 * A value as a person reads it, in the team's locale as its pay pages write numbers: CSAT to two places, shares
	 * as percentages, handling time in minutes.
	 */
	static String format(StandardMetric metric, @Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "—";
		}
		switch (metric) {
		case SLA_MET:
		case REOPEN_RATE:
			return MoneyFormat.percent(value, locale);
		case HANDLING_MEDIAN:
			return MoneyFormat.number(value.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP), locale) + " min";
		default:
			return MoneyFormat.number(value.setScale(2, RoundingMode.HALF_UP), locale);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	record RepRow(long repId, String name, List<FlagRow> flags) {
	}

	record FlagRow(String rule, List<MonthRow> months) {
	}

	record MonthRow(String period, String value, long sample, String limit, String teamValue) {
	}

	record ConversationRow(String rep, String flaggedFrom, String period, String outcome, String recordedBy,
			String recordedAt) {
	}
}

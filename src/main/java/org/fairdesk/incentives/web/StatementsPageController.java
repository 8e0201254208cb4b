package org.fairdesk.incentives.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.fairdesk.shared.Inputs;
import org.fairdesk.incentives.DisputeManagement;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayInsights;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The statements page: a month's statements, each line with its arithmetic. A rep sees only their own. */
@Controller
class StatementsPageController {

	private final IncentiveManagement incentives;
	private final PeopleManagement people;
	private final StatementExports exports;
	private final DisputeManagement disputes;
	private final PayInsights insights;
	private final PayReaders readers;
	private final Clock clock;

	StatementsPageController(IncentiveManagement incentives, PeopleManagement people, StatementExports exports,
			DisputeManagement disputes, PayInsights insights, PayReaders readers, Clock clock) {
		this.readers = readers;
		this.incentives = incentives;
		this.disputes = disputes;
		this.insights = insights;
		this.people = people;
		this.exports = exports;
		this.clock = clock;
	}

	/** A statement as CSV from the page (the API's {@code /api/statements/…} takes no browser session). */
	@GetMapping("/statements/{repId}/{period}.csv")
	ResponseEntity<String> csv(@PathVariable long repId, @PathVariable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return exports.csv(repId, period, user, me);
	}

	/** A statement as PDF from the page. */
	@GetMapping("/statements/{repId}/{period}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long repId, @PathVariable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return exports.pdf(repId, period, user, me);
	}

	@GetMapping("/statements")
	String statements(@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me, Model model) {
		YearMonth requested = Inputs.month(period, "period");
		List<Statement> statements = Statements.visibleTo(user, me, requested, incentives, readers);
		YearMonth month = requested != null ? requested : shownMonth(statements);
		model.addAttribute("period", month);
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1));
		model.addAttribute("statements", statements);
		model.addAttribute("links", RequestLinks.of(user, me, statements, incentives));
		model.addAttribute("whatIfOffered", whatIfOffered());
		// a rep disputes lines of their own closed statements here, and reads the answers to their disputes
		boolean disputer = me.isPresent() && !DisputeController.Disputers.seesAll(user);
		model.addAttribute("disputer", disputer);
		model.addAttribute("myDisputes", disputer ? disputes.disputes(null, me.get().id(), null, null) : List.of());
		// each statement's money in its team's locale, by team id
		model.addAttribute("formats", people.teams().stream()
			.collect(java.util.stream.Collectors.toMap(org.fairdesk.people.Team::id, TeamFormat::of)));
		return "incentives/statements";
	}

	/**
	 * Whether a statement offers "What if…": only where the what-if answers, so not on a provisional statement of a
	 * month that has not begun. Asked once per team and month shown.
	 */
	private Predicate<Statement> whatIfOffered() {
		Map<List<Object>, Boolean> open = new HashMap<>();
		return statement -> statement.provisional() && open.computeIfAbsent(
				List.of(statement.teamId(), statement.period()),
				month -> insights.openForWhatIf(statement.teamId(), statement.period()));
	}

	/**
	 * "This month" is each team's own (its zone): the page is named after the earliest month shown, and a statement
	 * of a team already in the next month says so. Without statements, the earliest current month of any team.
	 */
	private YearMonth shownMonth(List<Statement> statements) {
		return statements.stream()
			.map(Statement::period)
			.min(Comparator.naturalOrder())
			.or(() -> people.teams().stream().map(team -> team.thisMonth(clock)).min(Comparator.naturalOrder()))
			.orElseGet(() -> YearMonth.now(clock));
	}
}

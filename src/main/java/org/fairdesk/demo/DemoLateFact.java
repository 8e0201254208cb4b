package org.fairdesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.SurveyAnswer;
import org.fairdesk.feedback.SurveyIssued;
import org.fairdesk.people.Team;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.springframework.stereotype.Component;

/**
 * Two facts that change behind a month already paid. On the first business day of the next month the customer of
 * the paid month's last fulfilled order sends back part of it; the manager reopens the order and its rep fulfils it
 * again two days later at 60 % of its value and margin. The order leaves the paid month's margin (a reopened request
 * is not closed until it closes again, docs/metrics.md) and counts in the next. The same morning the manager sends a
 * fresh survey link to the customer of the paid month's last query left unanswered, who answers it, unhappy: the
 * answer counts in the paid month, where its survey was issued, and lowers the team's CSAT behind the plan's pool.
 * So that month's close pays each rep's difference as an adjustment naming both requests (docs/pay.md).
 */
@Component
class DemoLateFact {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoLateFact.class);

	static final String REASON = "The customer sent back part of the delivery";

	/** The late answer's rating and comment. */
	static final int LATE_RATING = 2;

	static final String LATE_COMMENT =
			"Sorry for the slow reply to your reminder: sorted in the end, but it took too long.";

	private static final BigDecimal KEPT = new BigDecimal("0.6");

	private final WorkManagement work;

	private final FeedbackManagement feedback;

	DemoLateFact(WorkManagement work, FeedbackManagement feedback) {
		this.work = work;
		this.feedback = feedback;
	}

	/**
	 * Sends a fresh link for the paid month's last query whose survey is unanswered, on the first business day of the
	 * month after it, and answers it an hour and a half later. The new link keeps the survey's issue time.
	 */
	void surveyAnsweredLate(Team team, YearMonth paid) {
		Instant now = firstBusinessDay(paid.plusMonths(1)).atTime(10, 0).atZone(team.zone()).toInstant();
		var unanswered = work.recentlyClosedInTeam(team.id(), Integer.MAX_VALUE).stream()
			.filter(r -> r.kind() == RequestKind.QUERY && team.monthOf(r.closedAt()).equals(paid))
			.filter(r -> feedback.survey(r.id(), now).map(s -> !s.answered()).orElse(false))
			.max(Comparator.comparing(RequestView::closedAt));
		if (unanswered.isEmpty()) { // another seed's history might answer every query: the demo goes on without it
			LOG.warn("The demo has no unanswered query of {}: no late survey answer", paid);
			return;
		}
		RequestView query = unanswered.get();
		SurveyIssued link = feedback.issueNewLink(query.id(), now);
		feedback.respond(DemoFeedback.token(link),
				new SurveyAnswer(Integer.toString(LATE_RATING), LATE_COMMENT), now.plus(Duration.ofMinutes(90)));
	}

	/** Reopens the paid month's last fulfilled order early in the month after it and fulfils it again, smaller. */
	void partReturned(Team team, YearMonth paid) {
		RequestView order = work.recentlyClosedInTeam(team.id(), Integer.MAX_VALUE).stream()
			.filter(r -> r.kind() == RequestKind.ORDER && r.state() == RequestState.FULFILLED)
			.filter(r -> team.monthOf(r.closedAt()).equals(paid))
			.max(Comparator.comparing(RequestView::closedAt))
			.orElseThrow(() -> new IllegalStateException("The demo has no order fulfilled in " + paid));
		Instant reopenedAt = firstBusinessDay(paid.plusMonths(1)).atTime(9, 30).atZone(team.zone()).toInstant();
		RequestView reopened = work.reopen(order.id(), Reopener.manager("manager"), REASON, reopenedAt);
		work.transition(order.id(), reopened.assigneeId(), Transition.to(RequestState.IN_PROGRESS),
				reopenedAt.plus(Duration.ofMinutes(20)));
		work.transition(order.id(), reopened.assigneeId(), new Transition(RequestState.FULFILLED,
				kept(order.value().amount()), kept(order.margin().amount()), null), reopenedAt.plus(Duration.ofDays(2)));
	}

	private static BigDecimal kept(BigDecimal amount) {
		return amount.multiply(KEPT).setScale(2, RoundingMode.HALF_EVEN);
	}

	static LocalDate firstBusinessDay(YearMonth month) {
		LocalDate day = month.atDay(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}
}

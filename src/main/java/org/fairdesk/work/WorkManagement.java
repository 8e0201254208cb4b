package org.fairdesk.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work module's API: the lifecycle of requests and the facts of their outcomes. */
@Service
public class WorkManagement {

	private static final String OPEN = stateIn(Arrays.stream(RequestState.values()).filter(s -> !s.isClosed()));
	private static final String HANDED_BACK_FROM = stateIn(Lifecycle.HANDED_BACK_FROM.stream());

	/** How many quotes one expiry run closes per team; the next run takes the rest. */
	private static final int EXPIRY_BATCH = 500;

	private final Requests requests;
	private final QuoteOrders quoteOrders;
	private final PeopleManagement people;
	private final WorkSettings settings;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	WorkManagement(Requests requests, QuoteOrders quoteOrders, PeopleManagement people, WorkSettings settings,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.requests = requests;
		this.quoteOrders = quoteOrders;
		this.people = people;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	void open(RequestReceived received, DueTimes due) {
		requests.insert(Request.received(received, due));
	}

	/** Routing gave the request to a rep; called inside routing's transaction, so both commit together. */
	@Transactional
	public void assign(RequestId id, RepId rep, Instant at) {
		assign(id, rep, at, null);
	}

	/** {@link #assign(RequestId, RepId, Instant)}, with why its history should say (a skill fallback, a manager's reason). */
	@Transactional
	public void assign(RequestId id, RepId rep, Instant at, @Nullable String reason) {
		// Routing assigns on every request, so the usual case is one guarded update (and its history row); only when
		// the request was not NEW is it loaded, and the aggregate says why it cannot be assigned.
		if (requests.assignIfNew(id, rep, at, reason)) {
			return;
		}
		Request request = load(id);
		request.assign(rep, at, reason);
		requests.update(request);
	}

	/**
	 * The request's moves, oldest first, each with who and why (docs/lifecycle.md, "History").
	 *
	 * @throws NotFoundException when the request does not exist
	 */
	@Transactional(readOnly = true)
	public List<RequestMove> history(RequestId id) {
		load(id);
		return requests.history(id);
	}

	/** Routing took the request back from its rep; it is NEW again until its next rep. */
	@Transactional
	public void handBack(RequestId id, RepId from, Instant at) {
		Request request = load(id);
		request.handBack(from, at);
		requests.update(request);
	}

	/**
	 * The assignee moves a request through its lifecycle; closing it announces {@link RequestClosed}. Winning a
	 * quote links or creates its order. A move to REOPENED is {@link #reopen} by the rep.
	 */
	@Transactional
	public RequestView transition(RequestId id, RepId actor, Transition transition, Instant at) {
		if (transition.to() == RequestState.REOPENED) {
			return reopen(id, Reopener.rep(people.rep(actor).username(), actor), transition, at);
		}
		Request request = load(id);
		LocalDate today = transition.to() == RequestState.SENT ? today(request.teamId(), at) : null;
		var orderProblems = transition.to() == RequestState.WON ? quoteOrders.problems(request, transition.orderId())
				: List.<org.fairdesk.shared.InvalidInputException.FieldProblem>of();
		Optional<RequestClosed> closed = request.apply(transition, actor, at, today, orderProblems);
		if (transition.to() == RequestState.WON) {
			quoteOrders.link(request, transition.orderId(), at);
		}
		requests.update(request);
		closed.ifPresent(events::publishEvent);
		return request.view();
	}

	/**
	 * Opens a closed request again, within {@code fairdesk.work.reopen-days} of its closing, by a manager or the
	 * rep who closed it, with a reason; it is REOPENED with that rep, and the reopen counts against them.
	 */
	@Transactional
	public RequestView reopen(RequestId id, Reopener by, @Nullable String reason, Instant at) {
		Request request = load(id);
		Team team = people.team(request.teamId());
		Reopening reopening = request.reopen(by, reason, at, settings.reopenWindow(), team.zone(), team.locale());
		requests.update(request);
		requests.recordReopen(reopening);
		events.publishEvent(reopening.event());
		return request.view();
	}

	/** A reopen as the transitions API asks for it: refused, naming each field, if it carries more than a reason. */
	@Transactional
	public RequestView reopen(RequestId id, Reopener by, Transition move, Instant at) {
		TransitionFields.checkReopen(move);
		return reopen(id, by, move.reason(), at);
	}

	/**
	 * Whether {@code by} may reopen the request at {@code at}, by the rule {@link #reopen} enforces: it is closed,
	 * within the reopen window, and {@code by} is a manager or the rep who closed it. What the pages offer.
	 */
	public boolean mayReopen(RequestView request, Reopener by, Instant at) {
		return request.isClosed() && request.closedAt() != null && request.closedBy() != null
				&& by.mayReopen(request.closedBy())
				&& Request.withinReopenWindow(request.closedAt(), at, settings.reopenWindow());
	}

	/**
	 * Closes as EXPIRED every SENT quote whose validUntil date is before today in its team's zone, each announced
	 * as {@link RequestClosed} by its assignee, all teams in one transaction (the demo and tests move time with it;
	 * the scheduled job expires quote by quote: {@link #lapsedQuotes}, {@link #expireQuote}).
	 *
	 * @return how many quotes expired
	 */
	@Transactional
	public int expireQuotes(Instant now) {
		int expired = 0;
		for (Team team : people.teams()) {
			for (RequestId quote : lapsedQuotes(team.id(), now)) {
				expired += expireQuote(quote, now) ? 1 : 0;
			}
		}
		return expired;
	}

	/** The team's SENT quotes past their validUntil date, oldest first, up to a batch (the rest wait a run). */
	@Transactional(readOnly = true)
	public List<RequestId> lapsedQuotes(TeamId id, Instant now) {
		Team team = people.team(id);
		return requests.lapsedQuotes(team.id(), team.dayOf(now), EXPIRY_BATCH);
	}

	/**
	 * Expires one quote in a transaction of its own, so a quote that cannot be expired holds back nobody else's.
	 *
	 * @return false when it is no longer a lapsed SENT quote, or another node or its rep holds it right now
	 */
	@Transactional
	public boolean expireQuote(RequestId id, Instant now) {
		Request quote = requests.lockSent(id).orElse(null);
		LocalDate validUntil = quote == null ? null : quote.view().validUntil();
		if (quote == null || validUntil == null || !validUntil.isBefore(today(quote.view().teamId(), now))) {
			return false;
		}
		RequestClosed closed = quote.expire(now);
		requests.update(quote);
		events.publishEvent(closed);
		return true;
	}

	@Transactional(readOnly = true)
	public RequestView request(RequestId id) {
		return load(id).view();
	}

	/** These requests, in the order given (unknown ids are left out), read in one query. */
	@Transactional(readOnly = true)
	public List<RequestView> requests(List<RequestId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<RequestId, RequestView> found = requests
			.query("where id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")",
					ids.stream().map(RequestId::value).toArray())
			.stream()
			.collect(Collectors.toMap(RequestView::id, view -> view));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** A rep's open requests, oldest first, then the ones they closed most recently. */
	@Transactional(readOnly = true)
	public List<RequestView> workOf(RepId rep, int recentlyClosed) {
		List<RequestView> open = requests.query("where assignee_id = ? and " + OPEN + " order by received_at", rep.value());
		List<RequestView> closed = requests.query("where assignee_id = ? and closed_at is not null "
				+ "order by closed_at desc fetch first " + recentlyClosed + " rows only", rep.value());
		return java.util.stream.Stream.concat(open.stream(), closed.stream()).toList();
	}

	@Transactional(readOnly = true)
	public List<RequestView> recentInTeam(TeamId team, int limit) {
		return requests.query("where team_id = ? order by received_at desc fetch first " + limit + " rows only",
				team.value());
	}

	/** The team's most recently closed requests, latest first: what a manager samples for QA reviews. */
	@Transactional(readOnly = true)
	public List<RequestView> recentlyClosedInTeam(TeamId team, int limit) {
		return requests.query("where team_id = ? and closed_at is not null order by closed_at desc fetch first " + limit
				+ " rows only", team.value());
	}

	/**
	 * The team's requests that are with a rep and may be taken back, longest held first: what a manager may
	 * reassign (not closed, and not a quote that is SENT under its rep's name).
	 */
	@Transactional(readOnly = true)
	public List<RequestView> heldInTeam(TeamId team, int limit) {
		return requests.query("where team_id = ? and assignee_id is not null and " + HANDED_BACK_FROM
				+ " order by assigned_at, id fetch first " + limit + " rows only", team.value());
	}

	/** The team's open requests that are with a rep, oldest first: what each rep is working on. */
	@Transactional(readOnly = true)
	public List<RequestView> heldOpenInTeam(TeamId team) {
		return requests.query("where team_id = ? and assignee_id is not null and " + OPEN + " order by received_at, id",
				team.value());
	}

	/** Open requests per rep of a team: the load a manager watches. */
	@Transactional(readOnly = true)
	public Map<RepId, Long> openLoads(TeamId team) {
		return jdbc.sql("select assignee_id, count(*) n from requests where team_id = ? and assignee_id is not null and "
				+ OPEN + " group by assignee_id")
			.param(team.value())
			.query((rs, row) -> Map.entry(new RepId(rs.getLong("assignee_id")), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A condition on {@code state}; the names come from the enum, never from input. */
	private static String stateIn(Stream<RequestState> states) {
		return states.map(state -> "'" + state.name() + "'").collect(Collectors.joining(", ", "state in (", ")"));
	}

	private LocalDate today(TeamId team, Instant at) {
		return people.team(team).dayOf(at);
	}

	private Request load(RequestId id) {
		return requests.find(id).orElseThrow(() -> new NotFoundException("Request " + id + " does not exist"));
	}
}

package org.fairdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;

import org.fairdesk.demo.DemoHistory.DemoRequest;
import org.fairdesk.demo.DemoHistory.Reopen;
import org.fairdesk.demo.DemoHistory.Sent;
import org.fairdesk.demo.DemoHistory.Wait;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;

/**
 * One replay's requests as their reps work them, through work's API: start, wait for the customer, send a quote,
 * close, reopen. Like the rest of the demo, a request's later moves are made at once with their own times, except
 * the customers' answers to quotes: winning one brings a new order through intake, so an answer waits until the
 * replay reaches its time and the order arrives among that day's requests. Moves after {@code now} never happen.
 */
final class DemoWork {

	/** How long after being won the order from a quote is started and delivered. */
	private static final Duration ORDER_STARTED = Duration.ofMinutes(45);
	private static final Duration ORDER_DELIVERED = Duration.ofDays(2);

	private final WorkManagement work;
	private final ZoneId zone;
	private final Instant now;
	private final PriorityQueue<Answer> answers = new PriorityQueue<>(Comparator.comparing(Answer::at));
	private final Map<RequestId, DemoRequest> ordersFromQuotes = new HashMap<>();
	private @Nullable LocalDate expiredUpTo;

	DemoWork(WorkManagement work, ZoneId zone, Instant now) {
		this.work = work;
		this.zone = zone;
		this.now = now;
	}

	/** Follows a request's story from its assignment; a request picked up late starts late, and the rest with it. */
	void follow(RequestId id, DemoRequest story, Rep rep, Instant assignedAt) {
		Duration late = Duration.between(story.startedAt(), assignedAt.plus(Duration.ofMinutes(2)));
		Duration shift = late.isNegative() ? Duration.ZERO : late;
		if (!move(id, rep, Transition.to(RequestState.IN_PROGRESS), story.startedAt().plus(shift))) {
			return;
		}
		Wait wait = story.customerWait();
		if (wait != null && !(move(id, rep, Transition.to(RequestState.WAITING_ON_CUSTOMER), wait.from().plus(shift))
				&& move(id, rep, Transition.to(RequestState.IN_PROGRESS), wait.until().plus(shift)))) {
			return;
		}
		if (story.sent() != null) {
			send(id, story, story.sent(), rep, shift);
		}
		else if (move(id, rep, outcome(story), story.closedAt().plus(shift))) {
			reopen(id, story, rep, shift);
		}
	}

	/**
	 * Lets the customers answer and the expiry job run up to {@code until}.
	 *
	 * @return the orders that won quotes brought, with their stories, in the order they arrived
	 */
	Map<RequestId, DemoRequest> catchUp(Instant until) {
		Map<RequestId, DemoRequest> arrived = new LinkedHashMap<>();
		while (!answers.isEmpty() && !answers.peek().at().isAfter(until)) {
			Answer answer = answers.poll();
			RequestId order = answer(answer);
			if (order != null) {
				arrived.put(order, ordersFromQuotes.get(order));
			}
		}
		LocalDate today = LocalDate.ofInstant(until, zone);
		if (expiredUpTo == null || today.isAfter(expiredUpTo)) {
			work.expireQuotes(until); // the job's first run of the day
			expiredUpTo = today;
		}
		return arrived;
	}

	/** The story of an order a won quote brought, if {@code id} is one. */
	@Nullable DemoRequest orderFromQuote(RequestId id) {
		return ordersFromQuotes.get(id);
	}

	private void send(RequestId id, DemoRequest story, Sent sent, Rep rep, Duration shift) {
		Instant at = sent.at().plus(shift);
		LocalDate validUntil = LocalDate.ofInstant(at, zone).plusDays(sent.validDays());
		if (move(id, rep, Transition.sent(sent.amount(), validUntil), at) && story.outcome() != RequestState.EXPIRED) {
			answers.add(new Answer(story.closedAt().plus(shift), id, story, rep));
		}
	}

	/** The customer's answer to a sent quote; returns the order a won quote brought. */
	private @Nullable RequestId answer(Answer answer) {
		DemoRequest quote = answer.story();
		RequestView answered = work.transition(answer.id(), answer.rep().id(), outcome(quote), answer.at());
		RequestId order = answered.linkedOrderId();
		if (order != null) {
			Instant at = answer.at();
			ordersFromQuotes.put(order, new DemoRequest(RequestKind.ORDER, quote.customer(), answered.subject(),
					quote.value(), at, at.plus(ORDER_STARTED), null, null, at.plus(ORDER_DELIVERED),
					RequestState.FULFILLED, quote.value(), quote.margin(), null, null));
		}
		return order;
	}

	private void reopen(RequestId id, DemoRequest story, Rep rep, Duration shift) {
		Reopen reopen = story.reopen();
		if (reopen == null || reopen.at().plus(shift).isAfter(now)) {
			return;
		}
		Instant at = reopen.at().plus(shift);
		work.reopen(id, Reopener.rep(rep.username(), rep.id()), "The customer came back: it was not right yet", at);
		if (move(id, rep, Transition.to(RequestState.IN_PROGRESS), at.plus(Duration.ofMinutes(20)))) {
			move(id, rep, outcome(story), reopen.closedAgainAt().plus(shift));
		}
	}

	/** Makes the move if it has happened by now; false when it lies in the future (and so does the rest). */
	private boolean move(RequestId id, Rep rep, Transition transition, Instant at) {
		if (at.isAfter(now)) {
			return false;
		}
		work.transition(id, rep.id(), transition, at);
		return true;
	}

	private static Transition outcome(DemoRequest story) {
		return story.outcome() == RequestState.WON ? Transition.won(story.value(), story.margin(), null)
				: new Transition(story.outcome(), story.value(), story.margin(), story.reason());
	}

	/** A customer's answer to a sent quote, due at {@code at}. */
	private record Answer(Instant at, RequestId id, DemoRequest story, Rep rep) {
	}
}

package org.fairdesk.work;

import java.time.Instant;
import java.util.List;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A won quote becomes an order: one the customer placed already (linked by its id), or a new one received through
 * intake, so it is routed like any other order. The link is kept both ways.
 */
@Component
class QuoteOrders {

	static final String SUBJECT_PREFIX = "Order from quote: ";
	private static final int MAX_SUBJECT = 300;

	private final Requests requests;
	private final IntakeManagement intake;

	QuoteOrders(Requests requests, IntakeManagement intake) {
		this.requests = requests;
		this.intake = intake;
	}

	/**
	 * What is wrong with the order a win asks to link, read before the move so one refusal names it together with
	 * the move's other fields (value, margin); {@link #link} still refuses an order another quote took meanwhile.
	 */
	List<FieldProblem> problems(Request quote, @Nullable RequestId orderId) {
		if (orderId == null) {
			return List.of();
		}
		RequestId linked = quote.linkedOrderId();
		if (linked != null) {
			return orderId.equals(linked) ? List.of() : List.of(alreadyLinked(linked));
		}
		RequestView order = requests.find(orderId).map(Request::view).orElse(null);
		if (!isOrderOfTeam(order, quote)) {
			return List.of(notAnOrder(orderId));
		}
		if (order.quoteId() != null && !order.quoteId().equals(quote.id())) {
			return List.of(taken(orderId));
		}
		return List.of();
	}

	/** Called inside the transaction that wins the quote; a refusal rolls the whole move back. */
	void link(Request quote, @Nullable RequestId orderId, Instant at) {
		RequestId linked = quote.linkedOrderId();
		if (linked != null) {
			// Won again after a reopen: the order exists already, and a second one would double the work.
			if (orderId != null && !orderId.equals(linked)) {
				throw new InvalidInputException(List.of(alreadyLinked(linked)));
			}
			return;
		}
		RequestId order = orderId == null ? receiveOrder(quote, at) : existingOrder(quote, orderId);
		if (!requests.linkQuote(order, quote.id())) {
			throw new InvalidInputException(List.of(taken(order)));
		}
		quote.linkOrder(order);
	}

	private RequestId existingOrder(Request quote, RequestId orderId) {
		RequestView order = requests.find(orderId).map(Request::view).orElse(null);
		if (!isOrderOfTeam(order, quote)) {
			throw new InvalidInputException(List.of(notAnOrder(orderId)));
		}
		return orderId;
	}

	private static boolean isOrderOfTeam(@Nullable RequestView order, Request quote) {
		return order != null && order.kind() == RequestKind.ORDER && order.teamId().equals(quote.teamId());
	}

	private static FieldProblem alreadyLinked(RequestId linked) {
		return new FieldProblem("orderId", "the quote is linked to order " + linked + " already");
	}

	private static FieldProblem notAnOrder(RequestId orderId) {
		return new FieldProblem("orderId", "is not an ORDER of this team: " + orderId);
	}

	private static FieldProblem taken(RequestId order) {
		return new FieldProblem("orderId", "order " + order + " belongs to another quote already");
	}

	private RequestId receiveOrder(Request quote, Instant at) {
		RequestView q = quote.view();
		String subject = SUBJECT_PREFIX + q.subject();
		// The order is the same customer's: it keeps their address, so its survey reaches them too.
		NewRequest order = new NewRequest("ORDER", q.teamId().value(), q.customer(),
				subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject, q.description(),
				q.value().amount(), q.currency().getCurrencyCode(), null, q.priority(), q.skill(),
				intake.customerEmail(q.id()).orElse(null));
		return intake.receive(order, "quote " + q.id(), at).requestId();
	}
}

package org.fairdesk.routing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps each rep's assigned value this month close to their fair share of it on time actually available
 * ({@link FairShares}): every request is shared, when it is assigned, among the reps available then by their
 * contracted hours, so an absence is neither punished nor repaid in a flood on return. A request with a value goes
 * to the rep furthest below their share of the value; one without (a query) to the rep furthest below their share
 * of the count. Everyone ends up with the same mix of large and small work for their hours.
 */
@Component
class ValueBalanced implements Chooser {

	private static final MathContext MATH = MathContext.DECIMAL64;

	@Override
	public ChooserType type() {
		return ChooserType.VALUE_BALANCED;
	}

	/** Picks among the most urgent few the one that keeps the rep closest to their share. */
	@Override
	public int window() {
		return Dispatcher.PULL_WINDOW;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		boolean byValue = request.amount() != null;
		return eligible.stream()
			.max(Comparator.comparing((Candidate c) -> shortfall(c, request, context, byValue))
				.thenComparing(RoundRobin.LONGEST_IDLE.reversed()))
			.map(c -> new Choice(c, "furthest below a fair share of this month's " + (byValue ? "value" : "requests")
					+ " for " + c.hours().stripTrailingZeros().toPlainString() + " h/week"
					+ (context.shares() == null ? "" : " while available") + " (short by "
					+ shortfall(c, request, context, byValue).setScale(2, java.math.RoundingMode.HALF_EVEN)
						.toPlainString() + ")"));
	}

	/**
	 * For PULL: of the most urgent waiting requests, the one that brings the rep closest to their fair share of
	 * the value once they have it.
	 */
	@Override
	public Optional<QueuedRequest> chooseRequest(Candidate rep, List<QueuedRequest> waiting, Context context) {
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		int top = waiting.get(0).priority();
		return waiting.stream()
			.filter(request -> request.priority() == top)
			.min(Comparator.comparing((QueuedRequest request) -> rep.assignedValue()
				.add(request.value())
				.subtract(fair(rep, request.value(), context, true))
				.abs()).thenComparing(QueuedRequest::receivedAt));
	}

	/** How far below their fair share a rep would be once the request is counted in the team's total. */
	static BigDecimal shortfall(Candidate c, QueuedRequest request, Context context, boolean byValue) {
		BigDecimal mine = byValue ? c.assignedValue() : BigDecimal.valueOf(c.assignedCount());
		return fair(c, byValue ? request.value() : BigDecimal.ONE, context, byValue).subtract(mine);
	}

	/**
	 * The rep's fair share of this month's value (or count) with a request of {@code arriving} value assigned now: on
	 * time actually available ({@link FairShares}) when the context has it, otherwise by contracted hours.
	 */
	static BigDecimal fair(Candidate c, BigDecimal arriving, Context context, boolean byValue) {
		if (context.shares() != null) {
			return context.shares().fair(c.repId(), byValue, arriving);
		}
		BigDecimal total = byValue ? context.assignedValue() : BigDecimal.valueOf(context.assignedCount());
		return share(c, context).multiply(total.add(arriving), MATH);
	}

	static BigDecimal share(Candidate c, Context context) {
		return context.hours().signum() == 0 ? BigDecimal.ZERO : c.hours().divide(context.hours(), MATH);
	}
}

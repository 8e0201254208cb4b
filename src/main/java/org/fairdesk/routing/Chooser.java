package org.fairdesk.routing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Chooses among eligible reps (PUSH) or among waiting requests (PULL). Eligibility is decided before; a chooser
 * only orders what it is handed, from state read in the same transaction, so it keeps nothing in memory.
 */
interface Chooser {

	ChooserType type();

	/** The rep who gets the request, with why. */
	Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context);

	/**
	 * How many of the most urgent waiting requests a PULL locks for this chooser to pick from. Taking the head
	 * needs one; every extra row is one that concurrent askers must skip.
	 */
	default int window() {
		return 1;
	}

	/** The request a rep who asked for the next one gets; by default the most urgent, then the oldest. */
	default Optional<QueuedRequest> chooseRequest(Candidate rep, List<QueuedRequest> waiting, Context context) {
		return waiting.stream().findFirst();
	}

	/** A chosen rep and the reason, as a manager would read it in the preview. */
	record Choice(Candidate candidate, String why) {
	}

	/**
	 * What a chooser may use beyond the candidates: the whole team's hours and this month's assigned value and
	 * count, the fair shares of them on time actually available (for a share-keeping policy only), the policy's
	 * random seed, and for RANDOM the number of the draw (how many requests the team's RANDOM chooser placed before
	 * this one).
	 *
	 * @param shares null when not read: a fair share is then the rep's contracted hours over the team's
	 */
	record Context(BigDecimal hours, BigDecimal assignedValue, long assignedCount, @Nullable Long seed, long draw,
			@Nullable FairShares shares) {

		Context(BigDecimal hours, BigDecimal assignedValue, long assignedCount, @Nullable Long seed) {
			this(hours, assignedValue, assignedCount, seed, 0, null);
		}

		Context withDraw(long number) {
			return new Context(hours, assignedValue, assignedCount, seed, number, shares);
		}
	}
}

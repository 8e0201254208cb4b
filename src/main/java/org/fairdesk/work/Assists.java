package org.fairdesk.work;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration credit: a rep who helped on a colleague's request is credited once both agree. The request's rep
 * proposes who helped, or the helper proposes that they did; the other side confirms or declines. Helping counts
 * because the team incentive rewards it, so neither side can credit it alone.
 */
@Service
public class Assists {

	private final AssistStore store;
	private final Requests requests;
	private final PeopleManagement people;

	Assists(AssistStore store, Requests requests, PeopleManagement people) {
		this.store = store;
		this.requests = requests;
		this.people = people;
	}

	/**
	 * {@code actor} proposes an assist on a request: as its rep, naming the {@code helper}; or as the helper
	 * (then {@code helper} may be left out). Returns the proposal, which the other side must answer.
	 */
	@Transactional
	public Assist propose(RequestId id, RepId actor, @Nullable RepId helper, @Nullable String note, Instant at) {
		RequestView request = requests.find(id).map(Request::view)
			.orElseThrow(() -> new NotFoundException("Request " + id + " does not exist"));
		RepId owner = request.assigneeId();
		if (owner == null) {
			throw new ConflictException(null, "Request " + id + " is with nobody yet, so nobody can be helped on it");
		}
		RepId helps = actor.equals(owner) ? helper : actor;
		var checks = new FieldChecks()
			.require(helps != null, "repId", "is required: the colleague who helped you")
			.require(helps == null || !helps.equals(owner), "repId", "is you: an assist is help from a colleague")
			.require(note == null || note.strip().length() <= 500, "note", "must be at most 500 characters");
		checks.throwIfAny();
		if (helper != null && !actor.equals(owner) && !helper.equals(actor)) {
			throw new ForbiddenException("Only the request's rep or the helper themselves can propose an assist");
		}
		Rep colleague = people.rep(helps);
		if (!colleague.teamId().equals(request.teamId())) {
			throw new ConflictException("repId", colleague.displayName() + " is not on the request's team");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		Optional<Assist> earlier = store.find(id, helps);
		if (earlier.isPresent() && earlier.get().status() != Assist.Status.DECLINED) {
			throw new ConflictException("repId", "An assist by " + colleague.displayName() + " on this request is already "
					+ earlier.get().status());
		}
		long assistId = earlier.map(Assist::id).orElse(-1L);
		if (earlier.isPresent()) {
			store.repropose(assistId, owner, actor, text, at);
		}
		else {
			assistId = store.insert(id, request.teamId(), owner, helps, actor, text, at);
		}
		return store.find(assistId).orElseThrow();
	}

	/** The side that did not propose agrees: from now on the assist is credited. */
	@Transactional
	public Assist confirm(RequestId request, long assistId, RepId actor, Instant at) {
		return decide(request, assistId, actor, Assist.Status.CONFIRMED, at);
	}

	@Transactional
	public Assist decline(RequestId request, long assistId, RepId actor, Instant at) {
		return decide(request, assistId, actor, Assist.Status.DECLINED, at);
	}

	@Transactional(readOnly = true)
	public List<Assist> of(RequestId request) {
		return store.of(request);
	}

	/** The assists waiting for the rep's answer: proposed by a colleague, to confirm or decline. */
	@Transactional(readOnly = true)
	public List<Assist> awaiting(RepId rep) {
		return store.awaiting(people.rep(rep).teamId(), rep);
	}

	private Assist decide(RequestId request, long assistId, RepId actor, Assist.Status to, Instant at) {
		Assist assist = store.lock(assistId)
			.filter(a -> a.requestId().equals(request))
			.orElseThrow(() -> new NotFoundException("Assist " + assistId + " on request " + request + " does not exist"));
		if (!assist.answerer().equals(actor)) {
			throw new ForbiddenException("Only " + (assist.proposedBy().equals(actor) ? "the other side, not the proposer,"
					: "the request's rep or the helper") + " can answer this assist");
		}
		if (assist.status() != Assist.Status.PROPOSED) {
			throw new ConflictException(null, "Assist " + assistId + " is already " + assist.status());
		}
		store.decide(assistId, to, at);
		return store.find(assistId).orElseThrow();
	}
}

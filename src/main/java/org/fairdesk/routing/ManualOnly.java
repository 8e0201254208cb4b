package org.fairdesk.routing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** MANAGER: routing chooses nobody; requests wait until a manager assigns them. */
@Component
class ManualOnly implements Chooser {

	@Override
	public ChooserType type() {
		return ChooserType.MANAGER;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		return Optional.empty();
	}

	/** In a PULL team too, “Next request” serves nothing a manager has to assign. */
	@Override
	public Optional<QueuedRequest> chooseRequest(Candidate rep, List<QueuedRequest> waiting, Context context) {
		return Optional.empty();
	}
}

package org.fairdesk.feedback.web;

import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read a request's feedback: managers and administrators, and the rep the request is assigned to (the
 * feedback is about their work). Also reads the {@code requestId} parameter, naming it when it is wrong.
 */
@Component
class Readers {

	private final WorkManagement work;

	Readers(WorkManagement work) {
		this.work = work;
	}

	/**
	 * @throws org.fairdesk.shared.NotFoundException when the request does not exist
	 * @throws ForbiddenException when the caller is neither a manager nor its assignee
	 */
	void requireManagerOrAssignee(RequestId request, Authentication user, Optional<Rep> me) {
		if (Role.any(user, Role.MANAGER, Role.ADMIN)) {
			work.request(request); // an unknown request is a 404 for managers too
			return;
		}
		if (me.isEmpty()) {
			// finance, say: "not assigned to you" suggested a rep's login would do, which is the rule, but not theirs
			throw new ForbiddenException("Request " + request + "'s survey and reviews are read by managers and the "
					+ "request's rep only");
		}
		if (!work.request(request).isAssignedTo(me.get().id())) {
			throw new ForbiddenException("Request " + request + " is not assigned to you");
		}
	}

	static RequestId requestId(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.of("requestId", "is required");
		}
		try {
			return new RequestId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException notAUuid) {
			throw InvalidInputException.of("requestId", "must be a request id (a UUID), got " + value);
		}
	}
}

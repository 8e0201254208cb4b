package org.fairdesk.incentives.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fairdesk.incentives.Dispute;
import org.fairdesk.incentives.DisputeManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Disputes of statement lines (docs/pay.md, Disputes): reps open them, managers decide them. */
@RestController
class DisputeController {

	private final DisputeManagement disputes;

	/** What another team's manager is refused: "Only the managers of team X … may decide its disputes". */
	static final String DECIDE = "decide its disputes";

	private final TeamManagerChecks managers;

	private final PayReaders readers;

	DisputeController(DisputeManagement disputes, TeamManagerChecks managers, PayReaders readers) {
		this.readers = readers;
		this.disputes = disputes;
		this.managers = managers;
	}

	/** A rep disputes a line of their own statement for a closed month. */
	@PostMapping("/api/incentives/disputes")
	@PreAuthorize("hasRole('REP')")
	@ResponseStatus(HttpStatus.CREATED)
	Dispute open(@RequestBody DisputeRequest body, @CurrentRep Optional<Rep> me, Authentication user) {
		Rep rep = Disputers.rep(user, me);
		if (body.repId() != null && body.repId() != rep.id().value()) {
			// refused before anything is looked up: the answer says nothing of the colleague's statement
			throw new ForbiddenException("A rep disputes only their own statement");
		}
		new FieldChecks().require(body.teamId() != null, "teamId", "is required: your team's id")
			.require(body.period() != null && !body.period().isBlank(), "period",
					"is required: a closed month as YYYY-MM")
			.throwIfAny();
		return disputes.open(rep.id(), new TeamId(body.teamId()), IncentiveParams.month(body.period()), body.line(),
				body.code(), body.reason(), user.getName());
	}

	/** Managers, finance and admins see the disputes of a team whose pay they read; a rep sees only their own. */
	@GetMapping("/api/incentives/disputes")
	List<Dispute> list(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String state, Authentication user,
			@CurrentRep Optional<Rep> me) {
		Dispute.State wanted = state == null || state.isBlank() ? null
				: Inputs.oneOf(Dispute.State.class, state, "state");
		var month = Inputs.month(period, "period");
		if (Disputers.seesAll(user)) {
			return disputes.disputes(readers.team(teamId, user), null, month, wanted);
		}
		Rep rep = Disputers.rep(user, me);
		TeamId team = teamId == null || teamId.isBlank() ? null : IncentiveParams.team(teamId);
		if (team != null && !team.equals(rep.teamId())) {
			return List.of();
		}
		return disputes.disputes(null, rep.id(), month, wanted);
	}

	@PostMapping("/api/incentives/disputes/{id}/accept")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	Dispute accept(@PathVariable long id, @RequestBody AcceptRequest body, Authentication user) {
		managers.requireForTeam(user, disputes.dispute(id).teamId(), DECIDE);
		return disputes.accept(id, body.amount(), body.currency(), body.answer(), user.getName());
	}

	@PostMapping("/api/incentives/disputes/{id}/reject")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	Dispute reject(@PathVariable long id, @RequestBody RejectRequest body, Authentication user) {
		managers.requireForTeam(user, disputes.dispute(id).teamId(), DECIDE);
		return disputes.reject(id, body.answer(), user.getName());
	}

	/** A dispute as a rep sends it: the line's place in the stored statement (0 for the first), optionally its code. */
	record DisputeRequest(@Nullable Long teamId, @Nullable String period, @Nullable Integer line,
			@Nullable String code, @Nullable String reason, @Nullable Long repId) {
	}

	record AcceptRequest(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String answer) {
	}

	record RejectRequest(@Nullable String answer) {
	}

	/** Who acts on disputes, read one way for the API and the pages. */
	static final class Disputers {

		private Disputers() {
		}

		/** Who reads a team's disputes rather than only their own (which teams: {@link PayReaders}). */
		static boolean seesAll(Authentication user) {
			return PayReaders.readsOthers(user);
		}

		static boolean decides(Authentication user) {
			return Role.any(user, Role.MANAGER, Role.ADMIN);
		}

		/** The rep the login is; a REP login without a rep has no statement to dispute. */
		static Rep rep(Authentication user, Optional<Rep> me) {
			return me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " is not a rep"));
		}
	}
}

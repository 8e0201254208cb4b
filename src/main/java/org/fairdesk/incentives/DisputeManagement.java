package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.MomentFormat;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes of statement lines (docs/pay.md, Disputes): a rep disputes a line of their own statement for a closed
 * month, a manager accepts it with an amount (paid as an adjustment in the team's current month, linked to the line)
 * or rejects it with an answer. Each command checks everything before it writes, so a refusal stores nothing.
 */
@Service
public class DisputeManagement {

	static final int MAX_TEXT = 1000;

	private final Disputes disputes;
	private final PayPeriods periods;
	private final Adjustments adjustments;
	private final PeopleManagement people;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Plans plans;

	DisputeManagement(Disputes disputes, PayPeriods periods, Adjustments adjustments, PeopleManagement people,
			ApplicationEventPublisher events, Clock clock, Plans plans) {
		this.plans = plans;
		this.disputes = disputes;
		this.periods = periods;
		this.adjustments = adjustments;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A rep disputes line {@code line} (0 for the first) of their own stored statement for a closed month. With
	 * {@code code}, the line must be of that kind (a check that the rep read the statement the line is in). A team
	 * the rep is not on, or a month they were not paid in, is a 404 that says no more than that they have no
	 * such statement.
	 */
	@Transactional
	public Dispute open(RepId repId, TeamId teamId, YearMonth period, @Nullable Integer line, @Nullable String code,
			@Nullable String reason, String actor) {
		return open(repId, teamId, period, line, code, reason, actor, clock.instant());
	}

	/**
	 * {@link #open(RepId, TeamId, YearMonth, Integer, String, String, String)} as of {@code requested}, no later than
	 * now: the demo's disputes are opened on the days a rep would have, after the month's close.
	 */
	@Transactional
	public Dispute open(RepId repId, TeamId teamId, YearMonth period, @Nullable Integer line, @Nullable String code,
			@Nullable String reason, String actor, Instant requested) {
		FieldChecks checks = new FieldChecks().require(line != null, "line",
				"is required: the line's place in the statement, 0 for the first");
		String why = text(reason, "reason", true, checks);
		StatementLine.Code kind = code == null || code.isBlank() ? null
				: Inputs.oneOf(StatementLine.Code.class, code, "code", checks);
		Rep rep = people.rep(repId);
		if (!rep.teamId().equals(teamId)) {
			throw new NotFoundException("You have no statement of team " + teamId.value() + " for " + period);
		}
		// Every bad field named at once: the line is checked against the statement beside the body's own checks.
		StatementLine disputed = null;
		Optional<PayPeriod> closed = periods.find(teamId, period);
		if (closed.isEmpty() && plans.inForce(teamId, period.atDay(1)).isEmpty()) {
			// a month no plan pays is never closed: "dispute it once closed" would send the rep waiting for nothing
			checks.require(false, "period", "has no statement: no plan version was in force on " + period.atDay(1)
					+ ", so " + period + " pays nothing and there is nothing to dispute");
		}
		else if (closed.isEmpty()) {
			checks.require(false, "period", "is OPEN: a dispute is of a closed month's stored statement; " + period
					+ "'s statement is provisional and may still change, so dispute it once " + period + " is closed");
		}
		else if (line != null) {
			disputed = disputedLine(teamId, period, repId, line, kind, checks);
		}
		checks.throwIfAny();
		disputes.openOn(teamId, period, repId, line).ifPresent(open -> {
			throw new ConflictException("line", "is disputed already: " + open.describe() + " is open; its answer "
					+ "comes first");
		});
		long id;
		try {
			id = disputes.insert(teamId, period, repId, line, disputed, why, actor,
					AsOf.stamp(requested, closed.get().closedAt(), clock.instant())); // not before the close
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			// The same line disputed at the same moment by another request: the first one stands.
			throw new ConflictException("line", "is disputed already: a dispute of it was opened at the same moment");
		}
		events.publishEvent(new DisputeOpened(id));
		return disputes.find(id).orElseThrow();
	}

	/**
	 * A manager accepts an OPEN dispute: {@code amount} (not zero, negative takes back; in the team's currency, which
	 * {@code currency} may name) is paid as a {@link Adjustment.Kind#DISPUTE} adjustment in the team's current month,
	 * correcting the disputed line. A decided dispute is a 409 naming {@code state}, whatever the input.
	 */
	@Transactional
	public Dispute accept(long id, @Nullable BigDecimal amount, @Nullable String currency, @Nullable String answer,
			String actor) {
		Dispute dispute = dispute(id);
		refuseUnlessOpen(dispute);
		Team team = people.team(dispute.teamId());
		FieldChecks checks = new FieldChecks();
		Money paid = AdjustmentAmount.checked(amount, currency, false, team,
				"is required: what is paid for the dispute, negative to take back",
				"must not be zero: an accepted dispute pays something; reject it with an answer otherwise", checks);
		String said = text(answer, "answer", false, checks);
		checks.throwIfAny();
		Instant now = clock.instant();
		long adjustment = adjustments.insert(team.id(), team.thisMonth(clock), dispute.repId(),
				Adjustment.Kind.DISPUTE, new StatementLine.Correction(dispute.period(), dispute.lineCode()), paid,
				said != null ? said : "Your dispute #" + id + " of \u201c" + dispute.lineLabel() + "\u201d was accepted",
				List.of(), actor, now);
		return decided(dispute, Dispute.State.ACCEPTED, actor, now, said, paid, adjustment);
	}

	/** A manager rejects an OPEN dispute, with an answer the rep reads. */
	@Transactional
	public Dispute reject(long id, @Nullable String answer, String actor) {
		return reject(id, answer, actor, clock.instant());
	}

	/** {@link #reject(long, String, String)} as of {@code requested}: no later than now, nor before it was opened. */
	@Transactional
	public Dispute reject(long id, @Nullable String answer, String actor, Instant requested) {
		Dispute dispute = dispute(id);
		refuseUnlessOpen(dispute);
		FieldChecks checks = new FieldChecks();
		String said = text(answer, "answer", true, checks);
		checks.throwIfAny();
		return decided(dispute, Dispute.State.REJECTED, actor, AsOf.stamp(requested, dispute.openedAt(),
				clock.instant()), said, null, null);
	}

	/** The line disputed, or null with the problem added: not a line of the rep's statement, or not of that code. */
	private @Nullable StatementLine disputedLine(TeamId teamId, YearMonth period, RepId repId, int line,
			StatementLine.@Nullable Code kind, FieldChecks checks) {
		Statement statement = periods.statementOf(teamId, period, repId)
			.orElseThrow(() -> new NotFoundException("You have no statement of team " + teamId.value() + " for "
					+ period));
		List<StatementLine> lines = statement.lines();
		if (line < 0 || line >= lines.size()) {
			checks.require(false, "line", "is not a line of your statement for " + period + ": it has "
					+ lines.size() + " lines, 0 to " + (lines.size() - 1));
			return null;
		}
		StatementLine disputed = lines.get(line);
		checks.require(kind == null || disputed.code() == kind, "line", "is " + disputed.code() + " ("
				+ disputed.label() + ") in your statement for " + period + ", not " + kind);
		return disputed;
	}

	/** Disputes matching every filter given (null: any), newest first. */
	@Transactional(readOnly = true)
	public List<Dispute> disputes(@Nullable TeamId team, @Nullable RepId rep, @Nullable YearMonth period,
			Dispute.@Nullable State state) {
		if (team != null) {
			people.team(team);
		}
		return disputes.find(team, rep, period, state);
	}

	@Transactional(readOnly = true)
	public Dispute dispute(long id) {
		return disputes.find(id).orElseThrow(() -> new NotFoundException("No dispute #" + id));
	}

	private Dispute decided(Dispute dispute, Dispute.State decision, String actor, Instant at, @Nullable String answer,
			@Nullable Money amount, @Nullable Long adjustment) {
		if (!disputes.decide(dispute.id(), decision, actor, at, answer, amount, adjustment)) {
			// decided a moment before by another request: this transaction rolls back, adjustment and all
			throw new ConflictException("state", "is " + dispute(dispute.id()).state() + ": dispute #" + dispute.id()
					+ " was decided at the same moment by another request; a dispute is decided once");
		}
		events.publishEvent(new DisputeDecided(dispute.id()));
		return disputes.find(dispute.id()).orElseThrow();
	}

	private void refuseUnlessOpen(Dispute dispute) {
		if (dispute.state() != Dispute.State.OPEN) {
			// the moment as the team's pages show it, not a raw UTC instant: the disputes page shows this refusal
			Team team = people.team(dispute.teamId());
			throw new ConflictException("state", "is " + dispute.state() + ": dispute #" + dispute.id()
					+ " was decided by " + dispute.decidedBy() + " at "
					+ MomentFormat.format(dispute.decidedAt(), team.zone(), team.locale())
					+ "; a dispute is decided once");
		}
	}

	/** A reason or answer: stripped, at most {@link #MAX_TEXT} characters, text that can be stored. */
	static @Nullable String text(@Nullable String value, String field, boolean required, FieldChecks checks) {
		if (value == null || value.isBlank()) {
			checks.require(!required, field, "is required");
			return null;
		}
		String problem = Inputs.textProblem(value);
		checks.require(problem == null, field, problem == null ? "" : problem)
			.require(value.strip().length() <= MAX_TEXT, field, "must be at most " + MAX_TEXT + " characters");
		return value.strip();
	}
}

package org.fairdesk.incentives;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fairdesk.incentives.PayAuditEntry.Action;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one list of everything that changed what a team is paid (docs/pay.md): months closed, approved and paid,
 * adjustments, dispute decisions and plan publications. Nothing is stored twice for it: each kind of event is read
 * from the table that keeps it, and the audit only lines them up, newest first.
 */
@Service
public class PayAudit {

	private final PayPeriods periods;
	private final Adjustments adjustments;
	private final Plans plans;
	private final Disputes disputes;
	private final PeopleManagement people;

	PayAudit(PayPeriods periods, Adjustments adjustments, Plans plans, Disputes disputes, PeopleManagement people) {
		this.periods = periods;
		this.adjustments = adjustments;
		this.plans = plans;
		this.disputes = disputes;
		this.people = people;
	}

	/** A version as published, and by whom (null: published before Fairdesk recorded it). */
	record Publication(PlanHistory.Published published, @Nullable String publishedBy) {
	}

	/** The team's pay events, newest first; only those of one month when {@code period} is given. */
	@Transactional(readOnly = true)
	public List<PayAuditEntry> entries(TeamId teamId, @Nullable YearMonth period) {
		people.team(teamId);
		List<PayAuditEntry> entries = new ArrayList<>();
		// Each source newest first, so that the stable sort keeps that order among events of the same instant.
		periods.events(teamId).forEach(event -> entries.add(moved(event)));
		newestFirst(adjustments.ofTeam(teamId)).forEach(adjustment -> entries.add(adjusted(adjustment)));
		entries.addAll(newestFirst(published(plans.publications(teamId))));
		disputes.find(teamId, null, null, null).forEach(dispute -> entries.addAll(disputed(dispute)));
		return entries.stream()
			.filter(entry -> period == null || period.equals(entry.period()))
			.sorted(Comparator.comparing(PayAuditEntry::at).reversed())
			.toList();
	}

	private static <T> List<T> newestFirst(List<T> oldestFirst) {
		List<T> copy = new ArrayList<>(oldestFirst);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static PayAuditEntry moved(PayEvent event) {
		PayPeriod.State before = switch (event.event()) {
			case CLOSED -> PayPeriod.State.OPEN;
			case APPROVED -> PayPeriod.State.CLOSED;
			default -> PayPeriod.State.APPROVED;
		};
		return new PayAuditEntry(event.at(), event.actor(), Action.valueOf("PERIOD_" + event.event().name()),
				event.period(), null, event.detail() == null ? event.event().name() : event.detail(), before.name(),
				event.event().name());
	}

	private static PayAuditEntry adjusted(Adjustment adjustment) {
		String corrects = adjustment.correctsPeriod() == null ? ""
				: " correcting " + adjustment.correctsPeriod() + ": ";
		return new PayAuditEntry(adjustment.createdAt(), adjustment.createdBy(),
				Action.valueOf("ADJUSTMENT_" + adjustment.kind().name()), adjustment.period(),
				adjustment.repId().value(), adjustment.amount() + corrects + (corrects.isEmpty() ? ": " : "")
						+ adjustment.reason(), null, adjustment.amount().toString());
	}

	/** A dispute's opening and, once decided, its decision (newest first). */
	private static List<PayAuditEntry> disputed(Dispute dispute) {
		List<PayAuditEntry> entries = new ArrayList<>();
		if (dispute.state() != Dispute.State.OPEN) {
			entries.add(new PayAuditEntry(dispute.decidedAt(), dispute.decidedBy(),
					Action.valueOf("DISPUTE_" + dispute.state().name()), dispute.period(), dispute.repId().value(),
					"dispute #" + dispute.id() + (dispute.answer() == null ? "" : ": " + dispute.answer())
							+ (dispute.amount() == null ? "" : "; " + dispute.amount() + " paid in " + dispute.paidIn()),
					Dispute.State.OPEN.name(), dispute.state().name()));
		}
		entries.add(new PayAuditEntry(dispute.openedAt(), dispute.openedBy(), Action.DISPUTE_OPENED, dispute.period(),
				dispute.repId().value(), "dispute #" + dispute.id() + " of line " + dispute.line() + " ("
						+ dispute.lineLabel() + "): " + dispute.reason(), null, Dispute.State.OPEN.name()));
		return entries;
	}

	/**
	 * Each publication with the version that was in force on its first day before it (by the rule of
	 * {@link Plans#inForce}: the latest effective on or before that day, of two on one date the later published).
	 */
	private static List<PayAuditEntry> published(List<Publication> publications) {
		List<PayAuditEntry> entries = new ArrayList<>();
		for (int i = 0; i < publications.size(); i++) {
			PlanHistory.Published version = publications.get(i).published();
			PlanHistory.Published before = publications.subList(0, i).stream()
				.map(Publication::published)
				.filter(earlier -> !earlier.effectiveFrom().isAfter(version.effectiveFrom()))
				.max(Comparator.comparing(PlanHistory.Published::effectiveFrom)
					.thenComparing(PlanHistory.Published::id))
				.orElse(null);
			String by = publications.get(i).publishedBy();
			entries.add(new PayAuditEntry(version.publishedAt(), by == null ? "(not recorded)" : by,
					Action.PLAN_PUBLISHED, version.opens(), null, "published " + name(version)
							+ ", in force from " + version.effectiveFrom(),
					before == null ? null : name(before), name(version)));
		}
		return entries;
	}

	private static String name(PlanHistory.Published version) {
		return version.name() + " version " + version.version();
	}
}

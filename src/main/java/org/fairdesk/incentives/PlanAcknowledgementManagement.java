package org.fairdesk.incentives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Reps acknowledge a plan version before it takes effect: each sees the versions of their team's plan that pay this
 * month or a later one and that they have not acknowledged yet, with what the version would have paid them last month
 * beside what they were paid, and confirms; the manager sees who has not (docs/plans.md, "Acknowledging a new
 * version"). A rep only ever sees their own pay here.
 */
@Service
public class PlanAcknowledgementManagement {

	/**
	 * A version the rep has yet to acknowledge.
	 *
	 * @param inForceThisMonth true when it already pays the team's current month; otherwise it first pays
	 *        {@code firstMonth}, later
	 * @param document the YAML text as it was published
	 */
	public record Pending(String name, int version, LocalDate effectiveFrom, YearMonth firstMonth,
			boolean inForceThisMonth, String document, Preview preview) {
	}

	/**
	 * What a version would have paid the rep for the team's previous month, beside what they were paid that month.
	 *
	 * @param underThisVersion null when the rep had no statement under it (not on the team that month)
	 * @param paid what the plan paid the rep that month, adjustment lines paid in it left out; null when nothing
	 *        paid the rep that month (no plan in force, or not on the team)
	 * @param paidUnder the plan and version that paid {@code paid}, as "Name version N"
	 * @param difference {@code underThisVersion} less {@code paid}, when both are known
	 */
	public record Preview(YearMonth period, @Nullable Money underThisVersion, @Nullable Money paid,
			@Nullable String paidUnder, @Nullable Money difference) {
	}

	/** A rep's acknowledgement of a version. */
	public record Acknowledgement(String planName, int version, RepId repId, String repName, Instant acknowledgedAt) {
	}

	/** A rep named, for the manager's view. */
	public record RepAcknowledged(RepId repId, String repName, Instant acknowledgedAt) {
	}

	/** A rep who has not acknowledged a version yet. */
	public record RepPending(RepId repId, String repName) {
	}

	/**
	 * Who acknowledged a version that takes effect now or later, and who has not.
	 *
	 * @param expected how many reps are to acknowledge it: those on the team in its first month (for the version in
	 *        force now, in this month)
	 * @param acknowledgedCount how many of those have
	 * @param acknowledged every acknowledgement of it, earliest first
	 * @param notYet the expected reps who have not acknowledged it, by name
	 */
	public record VersionAcknowledgements(String name, int version, LocalDate effectiveFrom, YearMonth firstMonth,
			boolean inForceThisMonth, int expected, int acknowledgedCount, List<RepAcknowledged> acknowledged,
			List<RepPending> notYet) {
	}

	/** A team's versions that take effect now or later, each with who acknowledged it. */
	public record TeamAcknowledgements(TeamId teamId, YearMonth thisMonth, List<VersionAcknowledgements> versions) {
	}

	private final IncentiveManagement incentives;
	private final PlanAcknowledgements acknowledgements;
	private final PeopleManagement people;
	private final Clock clock;

	PlanAcknowledgementManagement(IncentiveManagement incentives, PlanAcknowledgements acknowledgements,
			PeopleManagement people, Clock clock) {
		this.incentives = incentives;
		this.acknowledgements = acknowledgements;
		this.people = people;
		this.clock = clock;
	}

	/** The versions the rep has yet to acknowledge, soonest first, each with its preview on last month's figures. */
	public List<Pending> pending(RepId repId) {
		Rep rep = people.rep(repId);
		Team team = people.team(rep.teamId());
		YearMonth thisMonth = team.thisMonth(clock);
		YearMonth lastMonth = thisMonth.minusMonths(1);
		List<PlanAcknowledgements.Stored> done = acknowledgements.ofTeam(team.id());
		List<PlanHistory.Entry> toAcknowledge = upcoming(incentives.plans(team.id()), thisMonth).stream()
			.filter(entry -> expects(entry, rep, thisMonth))
			.filter(entry -> done.stream().noneMatch(ack -> same(ack, entry) && ack.repId().equals(rep.id())))
			.toList();
		if (toAcknowledge.isEmpty()) {
			return List.of();
		}
		Optional<Statement> paid = incentives.statementsOf(rep.id(), lastMonth).stream().findFirst();
		List<Pending> pending = new ArrayList<>();
		for (PlanHistory.Entry entry : toAcknowledge) {
			String document = acknowledgements.document(team.id(), entry.name(), entry.version()).orElseThrow();
			Money under = ownPayout(document, team, rep, lastMonth);
			// What the plan paid for the month: the adjustment lines paid in it correct other months, and the version
			// previewed pays none, so counting them read as a difference between two versions.
			Money was = paid.map(statement -> statement.payout().minus(statement.adjustmentsPaid())).orElse(null);
			pending.add(new Pending(entry.name(), entry.version(), entry.effectiveFrom(), entry.firstMonth(),
					entry.inForceThisMonth(), document,
					new Preview(lastMonth, under, was,
							paid.map(s -> s.planName() + " version " + s.planVersion()).orElse(null),
							under != null && was != null ? under.minus(was) : null)));
		}
		return pending;
	}

	/**
	 * What the document would pay the rep alone for the month: the team's statements under it are computed by the one
	 * calculator ({@link IncentiveManagement#evaluate(String, TeamId, YearMonth)}) and only the rep's is kept.
	 */
	private @Nullable Money ownPayout(String document, Team team, Rep rep, YearMonth month) {
		try {
			return incentives.evaluate(document, team.id(), month).stream()
				.filter(statement -> statement.repId().equals(rep.id()))
				.findFirst()
				.map(Statement::payout)
				.orElse(null);
		}
		catch (InvalidInputException unreadable) {
			// a version published in a form today's checks no longer take: no preview rather than no page
			return null;
		}
	}

	/**
	 * Records that the rep read a version: it must be one of their team's published versions that they are to
	 * acknowledge (one that pays this month or a later one). Acknowledging it again changes nothing and answers the
	 * first acknowledgement.
	 */
	public Acknowledgement acknowledge(RepId repId, String planName, int version) {
		return acknowledge(repId, planName, version, clock.instant());
	}

	/** {@link #acknowledge(RepId, String, int)} as of {@code at} (the demo's history), bounded by {@link AsOf}. */
	public Acknowledgement acknowledge(RepId repId, String planName, int version, Instant at) {
		Rep rep = people.rep(repId);
		Team team = people.team(rep.teamId());
		YearMonth thisMonth = team.thisMonth(clock);
		PlanHistory history = incentives.plans(team.id());
		PlanHistory.Entry entry = history.versions().stream()
			.filter(v -> v.name().equals(planName) && v.version() == version)
			.findFirst()
			.orElseThrow(() -> unknown(history, team, planName, version));
		Optional<PlanAcknowledgements.Stored> already = acknowledgements.find(team.id(), planName, version, rep.id());
		if (already.isPresent()) {
			return of(already.get(), rep);
		}
		if (!upcoming(history, thisMonth).contains(entry) || !expects(entry, rep, thisMonth)) {
			throw InvalidInputException.of("version", "is not pending: " + planName + " version " + version + " "
					+ whyNotPending(entry, thisMonth) + "; " + pendingNames(rep));
		}
		try {
			acknowledgements.insert(team.id(), planName, version, rep.id(),
					AsOf.stamp(at, entry.publishedAt(), clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			// the same rep confirmed at the same moment (two tabs): the first acknowledgement stands
		}
		return of(acknowledgements.find(team.id(), planName, version, rep.id()).orElseThrow(), rep);
	}

	private static InvalidInputException unknown(PlanHistory history, Team team, String planName, int version) {
		List<Integer> versions = history.versions().stream()
			.filter(v -> v.name().equals(planName))
			.map(PlanHistory.Entry::version)
			.sorted()
			.toList();
		if (versions.isEmpty()) {
			return InvalidInputException.of("planName", "is not a plan of team " + team.name() + ": its plans are "
					+ history.versions().stream().map(PlanHistory.Entry::name).distinct().toList());
		}
		return InvalidInputException.of("version", "is not a published version of " + planName + ": its versions are "
				+ versions + ", got " + version);
	}

	private static String whyNotPending(PlanHistory.Entry entry, YearMonth thisMonth) {
		if (entry.neverApplies()) {
			return "never applies (a later version takes every month it would have paid)";
		}
		if (entry.lastMonth() != null && entry.lastMonth().isBefore(thisMonth)) {
			return "stopped paying after " + entry.lastMonth();
		}
		return "does not pay you: you are not on the team in " + entry.firstMonth();
	}

	private String pendingNames(Rep rep) {
		Team team = people.team(rep.teamId());
		YearMonth thisMonth = team.thisMonth(clock);
		List<PlanAcknowledgements.Stored> done = acknowledgements.ofTeam(team.id());
		List<String> names = upcoming(incentives.plans(team.id()), thisMonth).stream()
			.filter(entry -> expects(entry, rep, thisMonth))
			.filter(entry -> done.stream().noneMatch(ack -> same(ack, entry) && ack.repId().equals(rep.id())))
			.map(entry -> entry.name() + " version " + entry.version())
			.toList();
		return names.isEmpty() ? "you have nothing to acknowledge" : "yours to acknowledge: " + names;
	}

	/** The team's versions that take effect now or later, each with who acknowledged it and who has not. */
	public TeamAcknowledgements team(TeamId teamId) {
		Team team = people.team(teamId);
		YearMonth thisMonth = team.thisMonth(clock);
		List<Rep> members = people.members(teamId);
		List<PlanAcknowledgements.Stored> done = acknowledgements.ofTeam(teamId);
		Map<RepId, Rep> byId = members.stream().collect(Collectors.toMap(Rep::id, Function.identity()));
		List<VersionAcknowledgements> versions = upcoming(incentives.plans(teamId), thisMonth).stream()
			.map(entry -> {
				List<PlanAcknowledgements.Stored> acks = done.stream().filter(ack -> same(ack, entry)).toList();
				List<RepAcknowledged> acknowledged = acks.stream()
					.map(ack -> new RepAcknowledged(ack.repId(), nameOf(ack.repId(), byId), ack.acknowledgedAt()))
					.toList();
				List<Rep> expected = members.stream().filter(rep -> expects(entry, rep, thisMonth)).toList();
				List<RepPending> notYet = expected.stream()
					.filter(rep -> acks.stream().noneMatch(ack -> ack.repId().equals(rep.id())))
					.sorted(Comparator.comparing(Rep::displayName))
					.map(rep -> new RepPending(rep.id(), rep.displayName()))
					.toList();
				return new VersionAcknowledgements(entry.name(), entry.version(), entry.effectiveFrom(),
						entry.firstMonth(), entry.inForceThisMonth(), expected.size(),
						expected.size() - notYet.size(), acknowledged, notYet);
			})
			.toList();
		return new TeamAcknowledgements(teamId, thisMonth, versions);
	}

	private String nameOf(RepId id, Map<RepId, Rep> members) {
		Rep member = members.get(id);
		return member != null ? member.displayName() : people.rep(id).displayName();
	}

	/** The versions that pay this month or first pay a later one, in the order they take effect. */
	private static List<PlanHistory.Entry> upcoming(PlanHistory history, YearMonth thisMonth) {
		return history.versions().stream()
			.filter(v -> !v.neverApplies() && v.firstMonth() != null)
			.filter(v -> v.inForceThisMonth() || v.firstMonth().isAfter(thisMonth))
			.toList();
	}

	/**
	 * Whether the rep is to acknowledge the version: they are on the team in the month it first pays, or for the
	 * version in force now, in this month.
	 */
	private static boolean expects(PlanHistory.Entry entry, Rep rep, YearMonth thisMonth) {
		YearMonth first = entry.firstMonth();
		YearMonth month = first == null || first.isBefore(thisMonth) ? thisMonth : first;
		return TeamPresence.daysOnTeam(rep, month) > 0;
	}

	private static boolean same(PlanAcknowledgements.Stored ack, PlanHistory.Entry entry) {
		return ack.planName().equals(entry.name()) && ack.version() == entry.version();
	}

	private static Acknowledgement of(PlanAcknowledgements.Stored stored, Rep rep) {
		return new Acknowledgement(stored.planName(), stored.version(), rep.id(), rep.displayName(),
				stored.acknowledgedAt());
	}
}

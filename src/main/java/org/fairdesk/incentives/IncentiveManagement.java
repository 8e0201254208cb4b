package org.fairdesk.incentives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.Money;
import org.fairdesk.work.RepOutcomes;
import org.fairdesk.work.WorkManagement;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incentives module's API: publishes plan versions and computes statements with the one calculator. */
@Service
public class IncentiveManagement {

	private final Plans plans;
	private final PeopleManagement people;
	private final WorkManagement work;
	private final Clock clock;

	IncentiveManagement(Plans plans, PeopleManagement people, WorkManagement work, Clock clock) {
		this.plans = plans;
		this.people = people;
		this.work = work;
		this.clock = clock;
	}

	/** Publishes the YAML document as the next version of its plan for the team, in force from the given day. */
	@Transactional
	public PlanVersion publish(TeamId team, String yaml, LocalDate effectiveFrom) {
		people.team(team);
		PlanDocument document = PlanDocuments.parse(yaml);
		PlanVersion plan = new PlanVersion(document.name(), plans.nextVersion(team, document.name()), effectiveFrom,
				document);
		try {
			plans.insert(team, plan, yaml, clock.instant());
		}
		catch (DuplicateKeyException raced) {
			// Another publication of this plan read the same latest version and stored the next one first: the
			// unique (team_id, name, version) refuses the second. The caller publishes again on top of it.
			throw new ConflictException("document.name", "another version of plan " + plan.name()
					+ " was published at the same moment; try again");
		}
		return plan;
	}

	/** Every team's statements for a period, under the plan version in force at the period's start. */
	@Transactional(readOnly = true)
	public List<Statement> statements(YearMonth period) {
		return people.teams().stream().flatMap(team -> statements(team, period).stream()).toList();
	}

	@Transactional(readOnly = true)
	public List<Statement> statementsOf(RepId rep, YearMonth period) {
		Team team = people.team(people.rep(rep).teamId());
		return statements(team, period).stream().filter(s -> s.repId().equals(rep)).toList();
	}

	/** What a plan document would pay a team for a period: nothing is stored. */
	@Transactional(readOnly = true)
	public List<Statement> evaluate(String yaml, TeamId teamId, YearMonth period) {
		PlanDocument document = PlanDocuments.parse(yaml);
		PlanVersion draft = new PlanVersion(document.name(), 0, period.atDay(1), document);
		return Calculator.calculate(draft, facts(people.team(teamId), period));
	}

	private List<Statement> statements(Team team, YearMonth period) {
		return plans.inForce(team.id(), period.atDay(1))
			.map(plan -> Calculator.calculate(plan, facts(team, period)))
			.orElse(List.of());
	}

	PeriodFacts facts(Team team, YearMonth period) {
		Map<RepId, RepOutcomes> outcomes = work
			.outcomes(team.id(), team.currency(), Periods.start(period, team.zone()), Periods.end(period, team.zone()))
			.stream()
			.collect(Collectors.toMap(RepOutcomes::repId, Function.identity()));
		Money zero = Money.zero(team.currency());
		List<PeriodFacts.RepFacts> reps = people.members(team.id())
			.stream()
			.filter(rep -> !rep.startDate().isAfter(period.atEndOfMonth()))
			.map(rep -> repFacts(rep, outcomes.get(rep.id()), zero))
			.toList();
		return new PeriodFacts(period, team.id(), team.name(), team.currency(), reps);
	}

	private static PeriodFacts.RepFacts repFacts(Rep rep, RepOutcomes outcome, Money zero) {
		return outcome == null
				? new PeriodFacts.RepFacts(rep.id(), rep.displayName(), rep.hoursPerWeek(), rep.startDate(), 0, zero, zero)
				: new PeriodFacts.RepFacts(rep.id(), rep.displayName(), rep.hoursPerWeek(), rep.startDate(),
						outcome.ordersFulfilled(), outcome.revenue(), outcome.grossMargin());
	}
}

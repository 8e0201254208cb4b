package org.fairdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.fairdesk.demo.DemoHistory.DemoRequest;
import org.fairdesk.people.Availability;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.TeamManagers;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.standards.StandardsManagement;
import org.fairdesk.work.ServiceLevels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo into an empty database by replaying its history through intake, routing and work, exactly as
 * live requests travel, only with the times of the past. Prints the demo logins at every start while they are there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoInitializer implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoInitializer.class);

	private final DemoSettings settings;
	private final PeopleManagement people;
	private final UserAccounts accounts;
	private final TeamManagers managers;
	private final DemoReplay replay;
	private final DemoFeedback feedback;
	private final DemoAssists assists;
	private final ServiceLevels levels;
	private final DemoPay pay;
	private final StandardsManagement standards;
	private final org.fairdesk.lab.GoalManagement goals;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final DemoLoginHints hints;
	private final int port;

	DemoInitializer(DemoSettings settings, PeopleManagement people, UserAccounts accounts, TeamManagers managers,
			DemoReplay replay,
			DemoFeedback feedback, DemoAssists assists, ServiceLevels levels, DemoPay pay,
			StandardsManagement standards, org.fairdesk.lab.GoalManagement goals, TransactionTemplate transactions, Clock clock,
			ObjectProvider<ServerProperties> server, DemoLoginHints hints) {
		this.settings = settings;
		this.people = people;
		this.accounts = accounts;
		this.managers = managers;
		this.replay = replay;
		this.feedback = feedback;
		this.assists = assists;
		this.levels = levels;
		this.pay = pay;
		this.standards = standards;
		this.goals = goals;
		this.transactions = transactions;
		this.clock = clock;
		this.hints = hints;
		// Boot's own server.* settings; server.port is unset (null) when it is the default, 8080.
		ServerProperties serverSettings = server.getIfAvailable();
		this.port = serverSettings == null || serverSettings.getPort() == null ? 8080 : serverSettings.getPort();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled()) {
			return;
		}
		if (people.teams().isEmpty() && !accounts.anyExist()) {
			long started = System.nanoTime();
			int requests = seed();
			LOG.info("Seeded the demo: 1 team, {} reps, {} requests in {} ms", DemoCast.REPS.size(), requests,
					(System.nanoTime() - started) / 1_000_000);
		}
		boolean demoLoginsHere = holdsTheDemoLogins();
		hints.offer(demoLoginsHere);
		if (!demoLoginsHere) {
			LOG.warn("fairdesk.demo.enabled is true, but this database has no demo login with the password 'demo' (it "
					+ "was set up without the demo, or their passwords were changed), so nothing was seeded and the "
					+ "login page names none. Set FAIRDESK_DEMO_ENABLED=false (fairdesk.demo.enabled=false) for real use.");
			return;
		}
		LOG.info("""

				  Fairdesk demo logins (password '{}' for all): admin, manager, finance, rep1 ... rep8
				  Open http://localhost:{} and log in; set fairdesk.demo.enabled=false for real use.
				""", DemoCast.PASSWORD, port);
	}

	/**
	 * Whether the demo's logins are in this database with its password: the seeding made them (now or at an earlier
	 * start), and an administrator has not given them passwords of their own since. An installation's first
	 * administrator is called "admin" too, so the name alone says nothing; the hash, which the demo ships, does.
	 */
	private boolean holdsTheDemoLogins() {
		return Stream.of("admin", "manager", "finance")
			.anyMatch(login -> accounts.hasPasswordHash(login, DemoCast.PASSWORD_HASH));
	}

	/**
	 * All or nothing, in one transaction: a start stopped half-way (a crash, a failed step) leaves an empty database,
	 * which the next start seeds again, never a team without its history, which it would not. One commit instead of
	 * hundreds, too; routing's after-commit deliveries (no-ops here, the replay already routed each request) run once
	 * the history is in, not interleaved with it; the surveys are seeded in it, so the closes' own survey listeners
	 * find them issued and mail nobody.
	 */
	int seed() {
		Integer seeded = transactions.execute(tx -> seedTeam());
		return seeded == null ? 0 : seeded;
	}

	private int seedTeam() {
		Team team = people.createTeam("Inside Sales", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"),
				java.util.Locale.forLanguageTag("de-DE"));
		String hash = DemoCast.PASSWORD_HASH;
		accounts.createWithHash("admin", hash, Role.ADMIN);
		accounts.createWithHash("manager", hash, Role.MANAGER);
		accounts.createWithHash("finance", hash, Role.FINANCE);
		managers.set(team.id().value(), List.of("manager")); // the team's managers (docs/security.md)
		LocalDate firstDay = team.thisMonth(clock).minusMonths(DemoPay.PAST_MONTHS).atDay(1);
		Instant historyStarts = firstDay.atStartOfDay(team.zone()).toInstant();
		List<Rep> reps = DemoCast.REPS.stream().map(member -> {
			accounts.createWithHash(member.username(), hash, Role.REP);
			// as of the history's first day: the replay assigns them work from then on
			Rep rep = people.addRep(new NewRep(team.id(), member.username(), member.name(), member.hoursPerWeek(),
					member.startDate()), historyStarts);
			// payroll's own number for each rep, so that the demo's payroll file has them (docs/pay.md, Exports)
			return people.setEmployeeId(rep.id(), "HR-" + (1000 + DemoCast.REPS.indexOf(member) + 1));
		}).toList();
		Instant now = clock.instant();
		pay.publishPlan(team, firstDay, reps);
		levels.setTargets(team.id(), DemoCast.SLA_TARGETS); // before the history, so its requests get due times
		standards.replace(team.id(), DemoCast.STANDARDS); // never a pay input: only the standards page reads them
		goals.seedDefaults(team.id()); // the lab's behaviour goals: never a pay input either
		List<DemoRequest> history = new DemoHistory(settings.seed(), team.zone()).between(firstDay, now);
		Instant switchedToPull = team.startOfMonth(clock.instant());
		replay.replay(team, reps, history, switchedToPull, now);
		int answers = feedback.seed(team, reps, history.size(), settings.seed(), now);
		int confirmed = assists.seed(team, reps, settings.seed(), now);
		pay.settle(team, firstDay); // after the history: each past month is closed on its facts
		pay.dispute(team, reps);
		LOG.info("Seeded {} survey answers and {} confirmed assists", answers, confirmed);
		// Today's picture: one rep is on leave, one has asked for nothing new.
		people.changeAvailability(reps.get(7).id(), Availability.AWAY);
		people.changeAvailability(reps.get(4).id(), Availability.OVERLOADED);
		return history.size();
	}
}

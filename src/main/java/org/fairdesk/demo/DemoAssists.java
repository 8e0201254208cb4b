package org.fairdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.work.Assist;
import org.fairdesk.work.Assists;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.springframework.stereotype.Component;

/**
 * Colleagues helped on some of the closed requests: one in {@value #ONE_IN} got an assist, proposed by the
 * request's rep or by the helper; most were confirmed a little later, a few declined, the latest still open.
 */
@Component
class DemoAssists {

	static final int ONE_IN = 15;

	private final Assists assists;
	private final WorkManagement work;

	DemoAssists(Assists assists, WorkManagement work) {
		this.assists = assists;
		this.work = work;
	}

	/** Returns how many assists were confirmed. */
	int seed(Team team, List<Rep> reps, long seed, Instant now) {
		Random random = new Random(seed ^ 0xA5515L);
		int confirmed = 0;
		for (RequestView request : work.recentInTeam(team.id(), 2000)) {
			if (request.closedAt() == null || request.assigneeId() == null || random.nextInt(ONE_IN) != 0) {
				continue;
			}
			Rep helper = reps.get(random.nextInt(reps.size()));
			if (helper.id().equals(request.assigneeId())) {
				continue;
			}
			boolean byHelper = random.nextBoolean();
			Instant proposed = request.closedAt().plus(Duration.ofMinutes(30 + random.nextInt(600)));
			if (proposed.isAfter(now)) {
				continue;
			}
			Assist assist = assists.propose(request.id(), byHelper ? helper.id() : request.assigneeId(),
					byHelper ? null : helper.id(), byHelper ? "Helped with the customer's questions" : "Thanks for the help",
					proposed);
			Instant answered = proposed.plus(Duration.ofHours(2 + random.nextInt(30)));
			if (answered.isAfter(now)) {
				continue; // still waiting for an answer
			}
			boolean declined = random.nextInt(8) == 0;
			if (DemoPay.afterItsClose(team, team.monthOf(proposed), answered, now)) {
				continue; // not decided before its month was closed: still waiting, so no close holds a later fact
			}
			if (declined) {
				assists.decline(request.id(), assist.id(), assist.answerer(), answered);
			}
			else {
				assists.confirm(request.id(), assist.id(), assist.answerer(), answered);
				confirmed++;
			}
		}
		return confirmed;
	}
}

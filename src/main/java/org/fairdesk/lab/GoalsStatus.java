package org.fairdesk.lab;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A team's behaviour goals judged on a month's live data, for the team and per rep, with the patterns that look
 * like gaming. Signals for a conversation, never pay inputs: the incentives module does not read this.
 *
 * @param monthOver whether the month has ended (month-end indicators are judged only then)
 */
public record GoalsStatus(TeamId teamId, String period, boolean monthOver, List<GoalRow> team, List<RepGoals> reps,
		List<GamingSignal> signals) {

	public enum Verdict {
		MET, MISSED, NOT_ENOUGH_DATA
	}

	/** One goal's indicator, threshold and verdict; {@code sample} is how many cases the value rests on. */
	public record GoalRow(Behaviour behaviour, Behaviour.Aim aim, Indicator indicator, Indicator.Direction direction,
			@Nullable BigDecimal value, BigDecimal threshold, long sample, long sampleMinimum, Verdict verdict) {
	}

	public record RepGoals(RepId repId, String name, List<GoalRow> goals) {
	}

	/** A pattern worth a conversation: whose (null: the team's), which, and what was seen. */
	public record GamingSignal(@Nullable RepId repId, Signal signal, String detail) {
	}

	public enum Signal {
		/** Closes bunched into the month's last business days. */
		CLOSES_BUNCHED_AT_MONTH_END,
		/** Handling time fell while CSAT fell, against the month before. */
		FASTER_BUT_LESS_SATISFIED,
		/** A rep's claims concentrated on large orders: small ones avoided. */
		SMALL_ORDERS_AVOIDED
	}

	/** What a rep may see: their own goals and signals, nothing of the team's or a colleague's. */
	public GoalsStatus onlyFor(RepId rep) {
		return new GoalsStatus(teamId, period, monthOver, List.of(),
				reps.stream().filter(r -> r.repId().equals(rep)).toList(),
				signals.stream().filter(s -> rep.equals(s.repId())).toList());
	}

	/** The team row of one behaviour, if it is enabled. */
	public @Nullable GoalRow teamGoal(Behaviour behaviour) {
		return team.stream().filter(r -> r.behaviour() == behaviour).findFirst().orElse(null);
	}
}

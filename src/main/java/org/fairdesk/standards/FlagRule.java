package org.fairdesk.standards;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * The flag rule over the dashboard's figures, a pure function: for each rep of the month asked for and each active
 * standard, the months of the standard's run, each checked against the rep's and the team's figures of that month. A
 * rep absent from an earlier month's figures has no sample there, so is not short in it.
 */
final class FlagRule {

	private FlagRule() {
	}

	/** {@code months} holds the team's figures for every month a standard looks at, ending with {@code month}. */
	static List<Flag> flags(List<Standard> standards, YearMonth month, Map<YearMonth, TeamMetrics> months) {
		List<Flag> flags = new ArrayList<>();
		TeamMetrics asked = months.get(month);
		if (asked == null) {
			return flags;
		}
		for (TeamMetrics.RepFigures rep : asked.reps()) {
			for (int position = 0; position < standards.size(); position++) {
				Standard standard = standards.get(position);
				if (!standard.active()) {
					continue;
				}
				List<Standard.MonthCheck> checks = new ArrayList<>();
				for (YearMonth m : standard.monthsEndingWith(month)) {
					TeamMetrics figures = months.get(m);
					@Nullable Figures mine = figures == null ? null : of(figures, rep.repId());
					checks.add(mine == null ? standard.check(m, null, 0, null)
							: standard.check(m, standard.metric().value(mine), standard.metric().sample(mine),
									standard.metric().value(figures.team())));
				}
				if (standard.flags(checks)) {
					flags.add(new Flag(rep.repId(), rep.name(), position, standard, standard.describe(), checks));
				}
			}
		}
		return flags;
	}

	private static @Nullable Figures of(TeamMetrics metrics, RepId rep) {
		return metrics.reps().stream().filter(r -> r.repId().equals(rep)).map(TeamMetrics.RepFigures::figures)
			.findFirst().orElse(null);
	}
}

package org.fairdesk.metrics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.Rep;
import org.fairdesk.routing.FairnessReport;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's routing figures for the month of the period shown (routing measures months): per rep the skips and
 * the value skipped against what they took, and the cherry-pick index over their choices, as routing defines them
 * ({@code RoutingAdministration.fairness}, docs/routing.md). A rep sees only their own row.
 */
record DashboardRouting(YearMonth month, long skips, Money skippedValue, @Nullable String cherryPickIndex,
		long choices, List<Row> reps) {

	/** One rep: skips and the value skipped, requests taken on and their value, and the index over their choices. */
	record Row(String name, long skips, Money skippedValue, long taken, Money takenValue,
			@Nullable String cherryPickIndex, long choices) {
	}

	static DashboardRouting of(FairnessReport report, YearMonth month, boolean everyone,
			Optional<Rep> me) {
		List<Row> rows = report.reps().stream()
			.filter(r -> everyone || me.map(rep -> rep.id().equals(r.repId())).orElse(false))
			.map(r -> new Row(r.name(), r.skips(), r.skippedValue(), r.assigned(),
					r.assignedValue(), index(r.cherryPickIndex()), r.choices()))
			.toList();
		return new DashboardRouting(month, report.skips(), report.skippedValue(),
				index(report.cherryPickIndex()), report.choices(), rows);
	}

	private static @Nullable String index(@Nullable BigDecimal index) {
		return index == null ? null : index.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}
}

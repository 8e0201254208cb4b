package org.fairdesk.routing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.Team;
import org.fairdesk.routing.FairnessReport;
import org.fairdesk.routing.RoutingPreview;
import org.fairdesk.routing.TeamRouting;
import org.fairdesk.work.RequestView;
import org.jspecify.annotations.Nullable;

/**
 * What the manager's routing page shows for one team; its methods are public because the template calls them.
 *
 * @param waiting the most urgent waiting requests, at most {@link RoutingPageController#WAITING_SHOWN}
 * @param held requests with a rep and still open, longest held first, at most as many (a manager may reassign them)
 */
record RoutingPage(Team team, TeamRouting settings, RoutingPreview preview, YearMonth period,
		FairnessReport fairness, List<RequestView> waiting, List<RequestView> held) {

	/** A value share further than this from the fair share is worth a manager's look. */
	static final BigDecimal NOTABLE_GAP = new BigDecimal("0.10");

	public @Nullable String nextRepName() {
		return preview.reps()
			.stream()
			.filter(rep -> rep.repId().equals(preview.nextRep()))
			.map(RoutingPreview.RepStatus::name)
			.findFirst()
			.orElse(null);
	}

	/** The preview's reason without the rep's name in front, which the page's sentence already names. */
	public String nextWhy() {
		String name = nextRepName();
		String why = preview.why();
		return name != null && why.startsWith(name + ": ") ? why.substring(name.length() + 2) : why;
	}

	public String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + " %";
	}

	public String index(@Nullable BigDecimal index) {
		return index == null ? "–" : index.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
	}

	/**
	 * The rep's value share is more than ten points away from their fair share on time actually available (once
	 * there is value at all): a rep who was away is not flagged for the work that arrived while they were.
	 */
	public boolean offShare(FairnessReport.RepFairness rep) {
		return fairness.assignedValue().isPositive()
				&& rep.valueShare().subtract(rep.fairShare()).abs().compareTo(NOTABLE_GAP) > 0;
	}
}

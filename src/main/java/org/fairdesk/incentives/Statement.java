package org.fairdesk.incentives;

import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

/** One rep's pay for one period under one plan version, with the lines that explain it to the cent. */
public record Statement(RepId repId, String repName, TeamId teamId, YearMonth period, String planName,
		int planVersion, Money payout, List<StatementLine> lines) {

	/** The statement's line of a kind (the first, where a plan makes several). */
	public StatementLine line(StatementLine.Code code) {
		return lines.stream()
			.filter(l -> l.code() == code)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no " + code + " line in the statement of " + repName));
	}
}

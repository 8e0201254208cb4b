package org.fairdesk.incentives;

import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

/** One rep's pay for one period under one plan version, with the lines that explain it to the cent. */
public record Statement(RepId repId, String repName, TeamId teamId, YearMonth period, String planName,
		int planVersion, Money payout, List<StatementLine> lines) {
}

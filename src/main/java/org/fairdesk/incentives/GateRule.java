package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Gate;
import org.fairdesk.incentives.PlanDocument.OnFail;
import org.fairdesk.incentives.PlanDocument.SmallSample;
import org.fairdesk.incentives.StatementLine.Code;
import org.jspecify.annotations.Nullable;

/**
 * A component's gates for one rep: each compares the rep's metric with its threshold on a large enough sample. A
 * rep who fails a REDISTRIBUTE gate is left out of the component (the others share it); one who fails only WITHHOLD
 * gates keeps their place but is not paid it.
 */
final class GateRule {

	private GateRule() {
	}

	/** What a component's gates make of a rep. */
	enum Verdict {
		PASSED, REDISTRIBUTED, WITHHELD
	}

	static Verdict judge(@Nullable List<Gate> gates, String rule, RepFacts rep, Ledger ledger) {
		Verdict verdict = Verdict.PASSED;
		if (gates == null) {
			return verdict;
		}
		for (int i = 0; i < gates.size(); i++) {
			Gate gate = gates.get(i);
			boolean passed = passes(gate, rep);
			ledger.note(rep, new StatementLine(Code.GATE, rule + ".gates[" + i + "]", "Gate: " + condition(gate),
					reading(gate, rep) + (passed ? ": passed" : ": failed, so " + consequence(gate.onFail())), null));
			if (!passed) {
				ledger.failedGate(rep);
				verdict = gate.onFail() == OnFail.REDISTRIBUTE || verdict == Verdict.REDISTRIBUTED
						? Verdict.REDISTRIBUTED : Verdict.WITHHELD;
			}
		}
		return verdict;
	}

	static boolean passes(Gate gate, RepFacts rep) {
		BigDecimal value = gate.metric().of(rep.figures());
		if (tooSmall(gate, rep) || value == null) {
			return gate.smallSample() != SmallSample.FAIL;
		}
		return gate.atLeast() != null ? value.compareTo(gate.atLeast()) >= 0 : value.compareTo(gate.atMost()) <= 0;
	}

	private static boolean tooSmall(Gate gate, RepFacts rep) {
		return gate.minSample() != null && gate.metric().sampleOf(rep.figures()) < gate.minSample();
	}

	private static String condition(Gate gate) {
		String threshold = gate.atLeast() != null ? " at least " + Numbers.written(gate.atLeast())
				: " at most " + Numbers.written(gate.atMost());
		String sample = gate.minSample() == null ? ""
				: ", on at least " + gate.minSample() + " " + gate.metric().sampleName();
		return gate.metric() + threshold + sample;
	}

	private static String reading(Gate gate, RepFacts rep) {
		Metric metric = gate.metric();
		BigDecimal value = metric.of(rep.figures());
		String yours = "your " + metric + " " + metric.written(value)
				+ (metric.isRate() ? " on " + metric.sampleOf(rep.figures()) + " " + metric.sampleName() : "");
		if (tooSmall(gate, rep) || value == null) {
			return yours + ": " + (value == null ? "no value" : "fewer than " + gate.minSample())
					+ ", which counts as a " + (gate.smallSample() == SmallSample.FAIL ? "fail" : "pass");
		}
		return yours;
	}

	private static String consequence(OnFail onFail) {
		return onFail == OnFail.REDISTRIBUTE ? "your share goes to the others (REDISTRIBUTE)"
				: "your share is not paid (WITHHOLD)";
	}
}

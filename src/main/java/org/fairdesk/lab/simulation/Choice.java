package org.fairdesk.lab.simulation;

/**
 * What a rep chooses to do in a month: an effort level (an index into the scenario's levels) and whether to use each
 * behaviour. Small and discrete, so that a best response is found by trying each option.
 *
 * @param cherryPick skip small requests where routing lets the rep choose (SELF_ELECT, or skips where allowed)
 * @param overTake stay available beyond one's capacity, so as to take more work
 * @param rush handle requests faster and worse
 * @param help assist colleagues (costs the helper time); false is withholding help
 * @param undermine lower colleagues' results
 * @param shift move closes from one month to the next, to bunch them
 */
record Choice(int effort, boolean cherryPick, boolean overTake, boolean rush, boolean help, boolean undermine,
		boolean shift) {

	static final int BEHAVIOURS = 6;

	/** The behaviours counted as gaming, for the rep's aversion to it: all but helping. */
	int gaming() {
		return (cherryPick ? 1 : 0) + (overTake ? 1 : 0) + (rush ? 1 : 0) + (undermine ? 1 : 0) + (shift ? 1 : 0);
	}

	boolean behaviour(int index) {
		return switch (index) {
			case 0 -> cherryPick;
			case 1 -> overTake;
			case 2 -> rush;
			case 3 -> help;
			case 4 -> undermine;
			default -> shift;
		};
	}

	Choice toggled(int index) {
		return new Choice(effort, index == 0 ? !cherryPick : cherryPick, index == 1 ? !overTake : overTake,
				index == 2 ? !rush : rush, index == 3 ? !help : help, index == 4 ? !undermine : undermine,
				index == 5 ? !shift : shift);
	}

	Choice withEffort(int level) {
		return new Choice(level, cherryPick, overTake, rush, help, undermine, shift);
	}

	static String behaviourName(int index) {
		return switch (index) {
			case 0 -> "cherryPick";
			case 1 -> "overTake";
			case 2 -> "rush";
			case 3 -> "help";
			case 4 -> "undermine";
			default -> "shift";
		};
	}
}

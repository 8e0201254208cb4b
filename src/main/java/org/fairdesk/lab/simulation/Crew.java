package org.fairdesk.lab.simulation;

import java.util.List;

import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.RepProfile;

/**
 * The reps as a month works them: each rep's profile and choice turned once into the numbers the per-request loop
 * reads (arrays, not records and lists), so that routing and handling a request touch no object.
 */
final class Crew {

	/** Mean working hours of a request, to turn a backlog of hours into a number of open requests. */
	static final double MEAN_HOURS = 0.75;

	final int n;
	/** Share of the clock the rep works: hours / 40. */
	final double[] rate;
	/** Open requests per hour of backlog: rate / {@link #MEAN_HOURS}. */
	final double[] openPerHour;
	/** The capacity the rep declares. */
	final double[] capacity;
	/** The open requests up to which the rep stays available: capacity, more when over-taking. */
	final double[] available;
	/** Working hours per unit of handling noise, by rep: speed, effort and rushing. */
	final double[] workScale;
	/** Effective skill: skill x (0.5 + 0.5 x effort). */
	final double[] skill;
	/** Minus the skill the rep's profile gives, whatever their effort: a manager picks the lowest, the most skilled. */
	final double[] negativeSkill;
	final double[] effort;
	final double[] quality;
	/** 1 / hours a week and 1 / {@link #available}: routing multiplies by them rather than divide. */
	final double[] perHourOfWeek;
	final double[] perAvailable;
	final boolean[] cherryPick;
	final boolean[] rush;
	final boolean[] help;
	final boolean[] undermine;
	final boolean[] shift;
	final int helpers;
	/** The helping reps, in order. */
	final int[] helperList;
	final int underminers;
	/** The share of the team passing small requests over: cherry-pickers x the chance they skip. */
	final double smallSkipShare;

	Crew(List<RepProfile> profiles, Choice[] choices, Behaviour b) {
		n = profiles.size();
		rate = new double[n];
		openPerHour = new double[n];
		capacity = new double[n];
		available = new double[n];
		workScale = new double[n];
		skill = new double[n];
		negativeSkill = new double[n];
		effort = new double[n];
		quality = new double[n];
		perHourOfWeek = new double[n];
		perAvailable = new double[n];
		cherryPick = new boolean[n];
		rush = new boolean[n];
		help = new boolean[n];
		undermine = new boolean[n];
		shift = new boolean[n];
		int helping = 0;
		int undermining = 0;
		double skippers = 0;
		for (int i = 0; i < n; i++) {
			RepProfile p = profiles.get(i);
			Choice c = choices[i];
			double e = b.effortLevels().get(c.effort());
			rate[i] = p.hoursPerWeek() / 40;
			openPerHour[i] = rate[i] / MEAN_HOURS;
			capacity[i] = p.capacity();
			available[i] = p.capacity() * (c.overTake() ? 1 + b.overTakeExtra() : 1);
			workScale[i] = (c.rush() ? 1 - b.rushSpeedup() : 1) / (p.speed() * (0.7 + 0.3 * e));
			skill[i] = p.skill() * (0.5 + 0.5 * e);
			negativeSkill[i] = -p.skill();
			effort[i] = e;
			quality[i] = p.quality();
			perHourOfWeek[i] = 1 / p.hoursPerWeek();
			perAvailable[i] = 1 / available[i];
			cherryPick[i] = c.cherryPick();
			rush[i] = c.rush();
			help[i] = c.help();
			undermine[i] = c.undermine();
			shift[i] = c.shift();
			helping += c.help() ? 1 : 0;
			undermining += c.undermine() ? 1 : 0;
			skippers += c.cherryPick() ? SimulatedMonth.SKIP : 0;
		}
		helpers = helping;
		helperList = new int[helping];
		for (int i = 0, h = 0; i < n; i++) {
			if (help[i]) {
				helperList[h++] = i;
			}
		}
		underminers = undermining;
		smallSkipShare = n == 0 ? 0 : skippers / n;
	}

	/** The nth (from 0) helping rep other than rep except. */
	int nthHelper(int except, int nth) {
		// The helpers before rep except keep their place; from there on, each moves one down the list.
		int h = nth;
		if (help[except] && helperList[nth] >= except) {
			h++;
		}
		return helperList[h];
	}

	/** The rep's open requests at time t: their backlog in working hours over a request's mean hours. */
	double open(double[] freeAt, int j, double t) {
		// Math.max, not a branch: whether a rep is still busy at t is a coin toss the processor cannot predict.
		return Math.max(freeAt[j] - t, 0) * openPerHour[j];
	}
}

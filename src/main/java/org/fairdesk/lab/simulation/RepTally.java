package org.fairdesk.lab.simulation;

/** One rep's month as it is simulated: the counts and sums their figures are made of. */
final class RepTally {

	long orders;
	double revenue;
	double margin;
	long quotesSent;
	long quotesWon;
	double wonValue;
	double wonMargin;
	long queriesResolved;
	long queriesEscalated;
	long csatResponses;
	long csatSum;
	long slaCounted;
	long slaMet;
	long reopens;
	long closed;
	long assistsGiven;
	long assistsReceived;
	double percentileSum;
	long valued;
}

package org.fairdesk.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * What routing needs to know about a rep to decide whether they may get a request: availability, caps, skills,
 * working hours and time off.
 *
 * @param wipCap most active requests at once, of all kinds; null for no cap
 * @param kindCaps most active requests of one kind at once; a kind not named has no cap of its own
 * @param schedule working hours; null for any hour
 * @param timeOff days off, as first and last day (inclusive), today and later, not removed (removed periods are kept
 *        only for fair shares' history, {@link AvailableTime.KnownTimeOff})
 */
public record RoutingProfile(Rep rep, @Nullable Integer wipCap, Map<RequestKind, Integer> kindCaps,
		Set<String> skills, @Nullable WorkSchedule schedule, List<TimeOff> timeOff) {

	public RoutingProfile {
		kindCaps = Map.copyOf(kindCaps);
		skills = Set.copyOf(skills);
		timeOff = List.copyOf(timeOff);
	}

	/** Whether the rep has the skill a request needs (none needed: yes), compared by {@link #skillKey}. */
	public boolean hasSkill(@Nullable String skill) {
		return skill == null || skills.stream().anyMatch(s -> skillKey(s).equals(skillKey(skill)));
	}

	/**
	 * The one rule for matching skills: "French", "french " and "FRENCH" are one skill. Routing stores a waiting
	 * request's skill by this key and its PULL query compares keys made here, so no database's own lower() (which
	 * depends on its locale) decides a match.
	 */
	public static String skillKey(String skill) {
		return skill.strip().toLowerCase(Locale.ROOT);
	}

	/** No cap of any kind: routing need not count what the rep has open. */
	public boolean isUncapped() {
		return wipCap == null && kindCaps.isEmpty();
	}

	/** No working hours and no time off: at work whenever asked, whatever the team's zone. */
	public boolean worksAnyTime() {
		return schedule == null && timeOff.isEmpty();
	}

	/** At work at that moment: inside the schedule (if any) and not on a day off. */
	public boolean isWorking(Instant moment, ZoneId zone) {
		// Time off is judged by the day the shift started: a night shift past midnight still belongs to that day.
		LocalDate day = schedule == null ? moment.atZone(zone).toLocalDate() : schedule.shiftDay(moment, zone);
		return (schedule == null || schedule.covers(moment, zone)) && timeOff.stream().noneMatch(off -> off.covers(day));
	}

	/** A period off work, both days included. */
	public record TimeOff(LocalDate firstDay, LocalDate lastDay) {

		public boolean covers(LocalDate day) {
			return !day.isBefore(firstDay) && !day.isAfter(lastDay);
		}
	}
}

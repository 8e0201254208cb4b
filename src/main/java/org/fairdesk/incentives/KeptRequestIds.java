package org.fairdesk.incentives;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One of a rep's lists of requests in a month kept for its close ({@link MonthKeeping}), read only if its ids are
 * asked for: the close names the rep's lists in its statements ({@link StoredStatements#namesOf}) and copies them
 * inside the database, so at a million requests it never reads the 32 MB of ids they hold. What it knows without
 * reading them: how many there are and the first one. Valid within the close's transaction, which holds the kept
 * month (its lists are read from it).
 */
final class KeptRequestIds extends AbstractList<UUID> implements RandomAccess {

	private final int size;
	private final UUID first;
	private final Supplier<List<UUID>> read;
	private List<UUID> ids;

	KeptRequestIds(int size, UUID first, Supplier<List<UUID>> read) {
		this.size = size;
		this.first = first;
		this.read = read;
	}

	/** The first id, known without reading the list. */
	UUID first() {
		return first;
	}

	@Override
	public UUID get(int index) {
		if (index == 0 && size > 0) {
			return first;
		}
		if (ids == null) {
			ids = read.get();
			if (ids.size() != size || !ids.get(0).equals(first)) {
				throw new IllegalStateException("a kept list of " + size + " requests from " + first + " now holds "
						+ ids.size() + ": the kept month changed during its close");
			}
		}
		return ids.get(index);
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public boolean equals(Object other) {
		if (other instanceof List<?> list && list.size() != size) {
			return false;
		}
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}

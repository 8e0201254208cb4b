package org.fairdesk.incentives;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * Two lists of requests one after the other, as a line that shows two of a rep's figures lists them (won and lost
 * quotes), without copying them: a stored statement names the two lists ({@link StoredStatements#namesOf}).
 */
final class JoinedRequestIds extends AbstractList<UUID> implements RandomAccess {

	private final List<UUID> head;
	private final List<UUID> tail;

	private JoinedRequestIds(List<UUID> head, List<UUID> tail) {
		this.head = head;
		this.tail = tail;
	}

	/** {@code head} then {@code tail}: either alone when the other is empty. */
	static List<UUID> of(List<UUID> head, List<UUID> tail) {
		return tail.isEmpty() ? head : head.isEmpty() ? tail : new JoinedRequestIds(head, tail);
	}

	/** The lists joined, in order. */
	List<List<UUID>> parts() {
		return List.of(head, tail);
	}

	@Override
	public UUID get(int index) {
		return index < head.size() ? head.get(index) : tail.get(index - head.size());
	}

	@Override
	public int size() {
		return head.size() + tail.size();
	}
}

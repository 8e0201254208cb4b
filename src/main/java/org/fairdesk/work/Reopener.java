package org.fairdesk.work;

import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * Who asks to reopen a request: a manager or administrator (who may reopen any), or a rep (only what they closed).
 *
 * @param username the login, kept with the reopen
 * @param rep the caller's rep, or null for a manager who is not a rep
 * @param manager whether the caller is a MANAGER or ADMIN
 */
public record Reopener(String username, @Nullable RepId rep, boolean manager) {

	public static Reopener rep(String username, RepId rep) {
		return new Reopener(username, rep, false);
	}

	public static Reopener manager(String username) {
		return new Reopener(username, null, true);
	}

	/** Who may reopen a request closed by {@code closer}: a manager, or that rep. */
	public boolean mayReopen(@Nullable RepId closer) {
		return manager || closer != null && closer.equals(rep);
	}
}

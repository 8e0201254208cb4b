package org.fairdesk.shared;

import org.jspecify.annotations.Nullable;

/** The three kinds of customer work in the funnel. */
public enum RequestKind {
	/** A customer order; carries its value. */
	ORDER(true),
	/** A quotation request; may carry an estimated value. */
	QUOTE(true),
	/** A simpler question; has no value. */
	QUERY(false);

	private final boolean hasAmount;

	RequestKind(boolean hasAmount) {
		this.hasAmount = hasAmount;
	}

	public boolean hasAmount() {
		return hasAmount;
	}

	/** Reads a kind from outside input, case-insensitively; null when it is none of them. */
	public static @Nullable RequestKind parse(@Nullable String value) {
		return Inputs.named(RequestKind.class, value).orElse(null);
	}
}

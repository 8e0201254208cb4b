package org.fairdesk.standards;

import org.jspecify.annotations.Nullable;

/** The outcome of a conversation with a flagged rep, as it arrives from outside. */
public record NewConversation(@Nullable Long repId, @Nullable String period, @Nullable String outcome) {
}

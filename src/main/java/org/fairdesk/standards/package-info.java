/**
 * Standards: a team's minimum standards on the metrics, the reps who fall short of one for months in a row (flagged
 * for a private conversation, never a pay input), and the outcomes of those conversations.
 */
@NullMarked
package org.fairdesk.standards;

import org.jspecify.annotations.NullMarked;

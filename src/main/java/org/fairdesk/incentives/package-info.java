/**
 * Incentives: versioned plan documents and the one pure calculator that turns a plan and a period's facts into
 * statements whose every line shows its arithmetic.
 */
@NullMarked
package org.fairdesk.incentives;

import org.jspecify.annotations.NullMarked;

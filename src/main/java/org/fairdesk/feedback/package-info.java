/**
 * Feedback: customer satisfaction surveys behind single-use links, the public survey page, and managers' QA reviews
 * of closed requests; it never lets a survey link be used twice.
 */
@NullMarked
package org.fairdesk.feedback;

import org.jspecify.annotations.NullMarked;

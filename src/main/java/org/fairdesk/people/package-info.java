/**
 * People: teams and reps, with their hours, start dates and availability; read by every other module.
 */
@NullMarked
package org.fairdesk.people;

import org.jspecify.annotations.NullMarked;

/**
 * Intake: the arrival of customer orders, quotation requests and queries; it never assigns or prices them.
 */
@NullMarked
package org.fairdesk.intake;

import org.jspecify.annotations.NullMarked;

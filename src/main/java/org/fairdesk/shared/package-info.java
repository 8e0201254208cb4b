/**
 * Shared kernel: exact money, the rules every input from outside is read by and the error types every module raises
 * for bad input, and how to talk to the database.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.fairdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

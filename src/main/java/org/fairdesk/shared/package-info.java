/**
 * Shared kernel: exact money and the error types every module raises for bad input.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.fairdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

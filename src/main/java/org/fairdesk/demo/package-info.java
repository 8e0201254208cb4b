/**
 * Demo: on first start with an empty database, seeds one team with four months and the current one of realistic, deterministic
 * history through the other modules' own APIs.
 */
@NullMarked
package org.fairdesk.demo;

import org.jspecify.annotations.NullMarked;

/**
 * Security: logins with hashed passwords, the four roles, form login for browsers and HTTP Basic for the API.
 */
@NullMarked
package org.fairdesk.security;

import org.jspecify.annotations.NullMarked;

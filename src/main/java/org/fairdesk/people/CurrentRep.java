package org.fairdesk.people;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method's parameter: the rep the logged-in user is, found once by their login name
 * ({@link PeopleManagement#repByUsername}). The one place a login becomes a rep.
 * <ul>
 * <li>{@code @CurrentRep Rep me} or {@code @CurrentRep RepId me}: a login that is no rep (an administrator, finance)
 * gets 403, "Login … is not a rep".</li>
 * <li>{@code @CurrentRep Optional<Rep> me}: empty for a login that is no rep, for endpoints that also serve others
 * (a manager reading any request) or answer such a login differently.</li>
 * </ul>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentRep {
}

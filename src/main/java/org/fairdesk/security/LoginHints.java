package org.fairdesk.security;

import java.util.List;

/**
 * Notes another module asks the login page to show under the form, as message keys (messages.properties). The demo
 * contributes its logins this way while it is enabled, so security reads no other module's settings.
 */
public interface LoginHints {

	List<String> messageKeys();
}

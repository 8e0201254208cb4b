package org.fairdesk.shared;

import org.jspecify.annotations.Nullable;

/**
 * Which requests are the API's: {@code /api} and those under {@code /api/} in the application's context path. They are answered with
 * problem+json, everything else with pages; the filters, the firewall's handler and Tomcat's early-400 valve ask here.
 */
public final class ApiPaths {

	private ApiPaths() {
	}

	/**
	 * @param requestUri the path as sent, before decoding ({@code HttpServletRequest.getRequestURI()})
	 * @param contextPath the application's context path, empty at the root
	 */
	public static boolean isApi(@Nullable String requestUri, @Nullable String contextPath) {
		String api = (contextPath == null ? "" : contextPath) + "/api";
		// "/api" itself too: the API's security chain matches it, so its answer is the API's kind
		return requestUri != null && (requestUri.startsWith(api + "/") || requestUri.equals(api));
	}
}

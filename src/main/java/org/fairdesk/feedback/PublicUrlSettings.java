package org.fairdesk.feedback;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.public-url}: the address customers reach Fairdesk at, which survey links are built on. It sits at
 * the top of {@code fairdesk.*} because it is the whole application's address, though only feedback uses it now.
 *
 * @param publicUrl an absolute http or https URL, default {@code http://localhost:8080}; a trailing slash is dropped
 */
@ConfigurationProperties("fairdesk")
record PublicUrlSettings(@DefaultValue("http://localhost:8080") String publicUrl) {

	PublicUrlSettings {
		publicUrl = publicUrl.strip();
		if (publicUrl.endsWith("/")) {
			publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
		}
		if (!isWebAddress(publicUrl)) {
			throw new IllegalArgumentException(
					"fairdesk.public-url must be an absolute http or https URL, got " + publicUrl);
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	String host() {
		return URI.create(publicUrl).getHost();
	}
}

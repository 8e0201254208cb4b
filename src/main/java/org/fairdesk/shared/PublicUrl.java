package org.fairdesk.shared;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.public-url}: the address customers and the team reach Fairdesk at, which every link sent out of it
 * is built on: survey links (feedback) and the pages named in dispute mails (incentives).
 *
 * @param publicUrl an absolute http or https URL, default {@code http://localhost:8080}; a trailing slash is dropped
 */
@ConfigurationProperties("fairdesk")
public record PublicUrl(@DefaultValue("http://localhost:8080") String publicUrl) {

	public PublicUrl {
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

	/** The host of the address: {@code localhost} for the demo. */
	public String host() {
		return URI.create(publicUrl).getHost();
	}

	/** The absolute link to a path of the application ({@code /disputes?team=1}), as a mail carries it. */
	public String link(String path) {
		return publicUrl + (path.startsWith("/") ? path : "/" + path);
	}
}

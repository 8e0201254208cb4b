package org.fairdesk.feedback;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Survey links point at the address customers reach Fairdesk at ({@code fairdesk.public-url}), not at this node. */
@Component
class SurveyLinks {

	private static final Logger LOG = LoggerFactory.getLogger(SurveyLinks.class);

	private final String publicUrl;

	SurveyLinks(@Value("${fairdesk.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		String host = URI.create(this.publicUrl).getHost();
		if ("localhost".equals(host) || "127.0.0.1".equals(host)) {
			// Fine for the demo on one's own machine; a customer who gets such a link in a mail cannot open it.
			LOG.info("Survey links point at {}; set FAIRDESK_PUBLIC_URL to the address customers reach Fairdesk at",
					this.publicUrl);
		}
	}

	String of(String token) {
		return publicUrl + "/survey/" + token;
	}
}

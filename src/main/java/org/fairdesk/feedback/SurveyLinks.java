package org.fairdesk.feedback;

import org.fairdesk.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Survey links point at the address customers reach Fairdesk at ({@code fairdesk.public-url}), not at this node. */
@Component
class SurveyLinks {

	private static final Logger LOG = LoggerFactory.getLogger(SurveyLinks.class);

	private final String publicUrl;

	SurveyLinks(PublicUrl settings) {
		this.publicUrl = settings.publicUrl();
		String host = settings.host();
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

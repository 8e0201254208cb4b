package org.fairdesk.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Survey links point at the address customers reach Fairdesk at ({@code fairdesk.public-url}), not at this node. */
@Component
class SurveyLinks {

	private final String publicUrl;

	SurveyLinks(@Value("${fairdesk.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String of(String token) {
		return publicUrl + "/survey/" + token;
	}
}

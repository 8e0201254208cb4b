package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathsTests {

	@Test
	void theApiIsWhatLiesUnderApiInTheContextPath() {
		assertThat(ApiPaths.isApi("/api/teams", "")).isTrue();
		assertThat(ApiPaths.isApi("/fd/api/teams//1", "/fd")).isTrue();
		assertThat(ApiPaths.isApi("/api/teams", "/fd")).isFalse();
		assertThat(ApiPaths.isApi("/apidocs", "")).isFalse();
		assertThat(ApiPaths.isApi("/api", "")).as("the API's root, which its security chain matches").isTrue();
		assertThat(ApiPaths.isApi("/fd/api", "/fd")).isTrue();
		assertThat(ApiPaths.isApi("/reps/1", null)).isFalse();
		assertThat(ApiPaths.isApi(null, "")).isFalse();
	}
}

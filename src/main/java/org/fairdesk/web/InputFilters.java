package org.fairdesk.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The filters that check a request before Spring Security or a controller sees it. */
@Configuration(proxyBeanMethods = false)
class InputFilters {

	/**
	 * Before Spring Security's chain (-100) and the survey page's rate limit (-101): the login form's parameters are
	 * checked too, and a refusal costs nothing but the check.
	 */
	static final int ORDER = -102;

	@Bean
	FilterRegistrationBean<RequestInputs> requestInputs(JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new RequestInputs(json));
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<NoDirectErrorPage> noDirectErrorPage() {
		var registration = new FilterRegistrationBean<>(new NoDirectErrorPage());
		registration.setOrder(ORDER);
		return registration;
	}
}

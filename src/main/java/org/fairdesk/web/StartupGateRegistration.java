package org.fairdesk.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/** Puts {@link StartupGate} in front of everything, Spring Security included: nothing may log in before ready. */
@Configuration(proxyBeanMethods = false)
class StartupGateRegistration {

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(new StartupGate(availability, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}

package org.fairdesk.feedback;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link SurveyRateLimit} in front of {@code /survey/**} only, ahead of Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
class SurveyRateLimitRegistration {

	/** Spring Security's filter chain runs at -100 by default; the limit is checked before any of its work. */
	static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<SurveyRateLimit> surveyRateLimit(FeedbackSettings settings, Clock clock) {
		var registration = new FilterRegistrationBean<>(new SurveyRateLimit(settings.surveyRequestsPerMinute(), clock));
		registration.addUrlPatterns("/survey/*");
		registration.setOrder(ORDER);
		return registration;
	}
}

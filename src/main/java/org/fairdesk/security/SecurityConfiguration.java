package org.fairdesk.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: {@code /api/**} takes an API token or HTTP Basic, keeps no session and needs no CSRF token (no cookie
 * can authenticate it); everything else is the browser app with form login and CSRF protection.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Clock clock) throws Exception {
		AuthenticationEntryPoint badToken = (request, response, e) -> problem(response, 401, "Unauthorized",
				e.getMessage() + "; issue a new one with POST /api/tokens",
				"Bearer realm=\"Fairdesk\", error=\"invalid_token\"");
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// An API token is one indexed lookup; HTTP Basic checks the password with BCrypt on every request.
			.addFilterBefore(new BearerTokenFilter(tokens, clock, badToken), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, e) -> problem(response, 401, "Unauthorized",
							"Authenticate with an API token (Authorization: Bearer fd_...) or HTTP Basic: a Fairdesk"
									+ " username and password", "Basic realm=\"Fairdesk\"")))
			.exceptionHandling(errors -> errors.accessDeniedHandler(
					(request, response, e) -> problem(response, 403, "Forbidden", "Your role does not allow this", null)))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browser(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/webjars/**", "/error").permitAll()
				// Probes from a load balancer or orchestrator: UP or not, no details (application.yml).
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				// The customer's survey page: the link's token is the key. Its form still carries a CSRF token.
				.requestMatchers("/survey/**").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail,
			@Nullable String challenge) throws IOException {
		response.setStatus(status);
		if (challenge != null) {
			response.setHeader("WWW-Authenticate", challenge);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
			.formatted(title, status, detail));
	}
}

package org.fairdesk.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: {@code /api/**} takes an API token or HTTP Basic, keeps no session and needs no CSRF token (no cookie
 * can authenticate it); everything else is the browser app with form login and CSRF protection. Passwords from
 * either door go through the {@link LoginThrottle} before they are checked.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Only the application's own scripts, styles and images (and {@code data:} images: the page icon); no inline
	 * script or style, no plug-ins, no framing, forms post only here. Chart.js sizes its canvases through the CSSOM,
	 * which this allows.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
		return new LoginThrottle(settings.loginThrottle(), clock);
	}

	/** The one check of a username and password, for the login form and HTTP Basic alike. */
	@Bean
	AuthenticationProvider passwordLogins(Users users, PasswordEncoder encoder, LoginThrottle throttle) {
		var passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(users));
		passwords.setPasswordEncoder(encoder);
		return new ThrottledPasswordLogins(passwords, throttle);
	}

	/** Picked up by Spring Security's filter chain for what its firewall refuses. */
	@Bean
	RequestRejectedHandler rejectedPaths(JsonMapper json) {
		return new RejectedPaths(new ApiDoorProblems(json));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Clock clock, JsonMapper json) throws Exception {
		ApiDoorProblems problems = new ApiDoorProblems(json);
		AuthenticationEntryPoint badToken = (request, response, e) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Fairdesk\", error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
					e.getMessage() + "; issue a new one with POST /api/tokens");
		};
		AuthenticationEntryPoint basic = (request, response, e) -> {
			if (e instanceof LoginThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
				problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
						throttled.getMessage());
				return;
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fairdesk\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Authenticate with an API token"
					+ " (Authorization: Bearer fd_...) or HTTP Basic: a Fairdesk username and password");
		};
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// An API token is one indexed lookup; HTTP Basic checks the password with BCrypt on every request.
			.addFilterBefore(new BearerTokenFilter(tokens, clock, badToken), BasicAuthenticationFilter.class)
			.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> problems.write(request,
					response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}

	/** The static files (web's StaticResources serves them): open to all, and no page a session is checked on. */
	private static org.springframework.security.web.util.matcher.RequestMatcher staticFiles() {
		var paths = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults();
		return new org.springframework.security.web.util.matcher.OrRequestMatcher(paths.matcher("/css/**"),
				paths.matcher("/js/**"), paths.matcher("/webjars/**"));
	}

	@Bean
	@Order(2)
	SecurityFilterChain browser(HttpSecurity http, UserAccounts accounts) throws Exception {
		return http
			.addFilterAfter(new DisabledLoginSessions(accounts, staticFiles()),
					org.springframework.security.web.context.SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(staticFiles()).permitAll()
				.requestMatchers("/login", "/error").permitAll()
				// Probes from a load balancer or orchestrator: UP or not, no details (application.yml).
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				// The customer's survey page: the link's token is the key. Its form still carries a CSRF token.
				.requestMatchers("/survey/**").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(new LoginFailurePage())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// a new session at each sign-in, so its creation time is when it signed in: DisabledLoginSessions ends
			// one signed in before its password was reset, not one that signed in with the new password
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
			// the error page says why, as the API's 403 does: the role, or a form that did not come from this page
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> response.sendError(
					HttpStatus.FORBIDDEN.value(), denied instanceof org.springframework.security.web.csrf.CsrfException
							? "This form did not come from the page just shown (it may have expired when you signed in"
									+ " again): reload the page and send it again"
							: "Your role does not allow this page")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}
}

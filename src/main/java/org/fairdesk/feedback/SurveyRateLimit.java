package org.fairdesk.feedback;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.shared.TokenBuckets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client IP may call the public survey pages, which anyone can reach without a login: a token
 * bucket per address that refills its whole capacity each minute. Beyond it: 429 with {@code Retry-After}.
 * <p>
 * The buckets live in this node's memory (a cache that forgets an address idle for a minute, when its bucket would
 * be full again anyway, so forgetting loses nothing); with several nodes each allows the limit. Behind a proxy the
 * address is the proxy's unless {@code server.forward-headers-strategy} is set.
 */
class SurveyRateLimit extends OncePerRequestFilter {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	/** Far more addresses than a real survey audience; a flood of new ones cannot exhaust memory. */
	private static final int MAX_ADDRESSES = 100_000;

	private static final String TOO_MANY = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"><title>Too many requests · Fairdesk</title><link rel="icon" href="data:,">
			<link rel="stylesheet" href="%s/css/fairdesk.css"></head>
			<body><main><section class="survey"><h1>Too many requests</h1>
			<p>Too many requests came from your address. Please try again in %d seconds.</p></section></main></body></html>
			""";

	private final TokenBuckets buckets;

	SurveyRateLimit(int perMinute, Clock clock) {
		this.buckets = new TokenBuckets(perMinute, PERIOD, MAX_ADDRESSES, clock);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = TokenBuckets.seconds(probe.getNanosToWaitForRefill());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType("text/html;charset=UTF-8");
		// Written here rather than through the error page, which would run the whole stack for every refused request.
		response.getWriter().write(TOO_MANY.formatted(request.getContextPath(), seconds));
	}
}

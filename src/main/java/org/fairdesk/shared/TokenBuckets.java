package org.fairdesk.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) keyed by a string such as a client address, each holding {@code capacity} tokens that
 * refill evenly over {@code period}, kept in this node's memory in a bounded cache. A bucket idle for a whole
 * period is full again, so the cache forgets it then and loses nothing. Time is the application's clock, so tests
 * that move the clock move the refills too.
 */
public final class TokenBuckets {

	private final long capacity;
	private final Duration period;
	private final TimeMeter time;
	private final Cache<String, Bucket> buckets;

	public TokenBuckets(long capacity, Duration period, int maxKeys, Clock clock) {
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive period, got "
					+ capacity + " per " + period);
		}
		this.capacity = capacity;
		this.period = period;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(period)
			.maximumSize(maxKeys)
			.ticker(ticker(clock))
			.build();
	}

	/** The key's bucket, a full one if it had none. */
	public Bucket of(String key) {
		return buckets.get(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
			.withCustomTimePrecision(time)
			.build());
	}

	/** The key's bucket if it has one; without one it is full. */
	public Optional<Bucket> existing(String key) {
		return Optional.ofNullable(buckets.getIfPresent(key));
	}

	/** The clock as Caffeine's ticker, for other caches whose entries should age with the application's time. */
	public static Ticker ticker(Clock clock) {
		return new ClockTime(clock)::currentTimeNanos;
	}

	/** A wait in nanoseconds as whole seconds for {@code Retry-After}: rounded up, at least 1. */
	public static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}

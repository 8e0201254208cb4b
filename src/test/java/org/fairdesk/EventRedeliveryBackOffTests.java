package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** A failing delivery is tried again after 5 minutes, then 10, 20, 40 … minutes after each try, at most 320. */
class EventRedeliveryBackOffTests {

	static final Instant PUBLISHED = Instant.parse("2026-11-27T10:00:00Z");
	static final Duration AFTER = Duration.ofMinutes(5);

	@Test
	void theFirstTryWaitsTheGivenAgeSincePublication() {
		assertThat(EventRedelivery.isDue(publication(1, null), PUBLISHED.plus(Duration.ofMinutes(4)), AFTER)).isFalse();
		assertThat(EventRedelivery.isDue(publication(1, null), PUBLISHED.plus(Duration.ofMinutes(5)), AFTER)).isTrue();
	}

	@Test
	void eachFurtherTryWaitsTwiceAsLongSinceTheLastUpToSixtyFourTimes() {
		Instant lastTry = PUBLISHED.plus(Duration.ofHours(1));
		assertThat(EventRedelivery.isDue(publication(1, lastTry), lastTry.plus(Duration.ofMinutes(9)), AFTER)).isFalse();
		assertThat(EventRedelivery.isDue(publication(1, lastTry), lastTry.plus(Duration.ofMinutes(10)), AFTER)).isTrue();
		assertThat(EventRedelivery.isDue(publication(3, lastTry), lastTry.plus(Duration.ofMinutes(39)), AFTER)).isFalse();
		assertThat(EventRedelivery.isDue(publication(3, lastTry), lastTry.plus(Duration.ofMinutes(40)), AFTER)).isTrue();
		assertThat(EventRedelivery.isDue(publication(9, lastTry), lastTry.plus(Duration.ofMinutes(319)), AFTER)).isFalse();
		assertThat(EventRedelivery.isDue(publication(9, lastTry), lastTry.plus(Duration.ofMinutes(320)), AFTER)).isTrue();
	}

	@Test
	void afterTheLastAllowedAttemptItIsLeftForARestart() {
		Instant muchLater = PUBLISHED.plus(Duration.ofDays(30));
		assertThat(EventRedelivery.next(publication(9, PUBLISHED), muchLater, AFTER, 10)).isEqualTo(EventRedelivery.Try.NOW);
		assertThat(EventRedelivery.next(publication(10, PUBLISHED), muchLater, AFTER, 10))
			.isEqualTo(EventRedelivery.Try.GIVEN_UP);
		assertThat(EventRedelivery.next(publication(2, muchLater), muchLater, AFTER, 10))
			.isEqualTo(EventRedelivery.Try.LATER);
	}

	@Test
	void withNoWaitConfiguredEveryRunTries() {
		Instant lastTry = PUBLISHED.plus(Duration.ofMinutes(1));
		assertThat(EventRedelivery.isDue(publication(4, lastTry), lastTry, Duration.ZERO)).isTrue();
	}

	private static EventPublication publication(int attempts, @Nullable Instant lastTry) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "an event";
			}

			@Override
			public Instant getPublicationDate() {
				return PUBLISHED;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			@SuppressWarnings("NullAway") // the registry returns null for a publication never resubmitted
			public Instant getLastResubmissionDate() {
				return lastTry;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}
		};
	}
}

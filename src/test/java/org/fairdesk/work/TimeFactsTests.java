package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairdesk.work.RequestFixture.RECEIVED;

import java.time.Duration;
import java.time.Instant;

import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time facts kept on the request row: which moves start and stop which clock. Each story is a request's moves
 * as "STATE@minute" (minutes after it was received); NEW is a hand-back, REOPENED a manager's reopen, EXPIRED the
 * expiry job, the rest the assignee's moves.
 */
class TimeFactsTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# kind | story                                                                                   | first response | handling | customer wait (minutes)
			ORDER  | ASSIGNED@1 IN_PROGRESS@10 FULFILLED@70                                                  | 10             | 60       | 0
			ORDER  | ASSIGNED@1 IN_PROGRESS@10 WAITING_ON_CUSTOMER@40 IN_PROGRESS@100 FULFILLED@130          | 10             | 60       | 60
			ORDER  | ASSIGNED@1 WAITING_ON_CUSTOMER@5 IN_PROGRESS@65 WAITING_ON_CUSTOMER@75 CANCELLED@1440   | 5              | 10       | 1425
			ORDER  | ASSIGNED@1 CANCELLED@30                                                                 | 30             | 0        | 0
			QUOTE  | ASSIGNED@1 SENT@20 WON@80                                                               | 20             | 0        | 60
			QUOTE  | ASSIGNED@1 IN_PROGRESS@10 SENT@70 EXPIRED@2950                                          | 10             | 60       | 2880
			QUOTE  | ASSIGNED@1 IN_PROGRESS@10 WAITING_ON_CUSTOMER@20 IN_PROGRESS@50 SENT@60 LOST@90         | 10             | 20       | 60
			QUERY  | ASSIGNED@1 WAITING_ON_CUSTOMER@20 IN_PROGRESS@80 RESOLVED@90                            | 20             | 10       | 60
			QUERY  | ASSIGNED@1 IN_PROGRESS@2 ESCALATED@3                                                    | 2              | 1        | 0
			# a hand-back: the first rep's time in progress counts, the response is the first one
			ORDER  | ASSIGNED@1 IN_PROGRESS@10 NEW@40 ASSIGNED@50 IN_PROGRESS@60 FULFILLED@70                | 10             | 40       | 0
			ORDER  | ASSIGNED@1 WAITING_ON_CUSTOMER@10 NEW@40 ASSIGNED@50 IN_PROGRESS@60 FULFILLED@70        | 10             | 10       | 30
			# a reopen: closed and REOPENED time count for nothing; IN_PROGRESS after the reopen counts again
			ORDER  | ASSIGNED@1 IN_PROGRESS@10 FULFILLED@70 REOPENED@1500 IN_PROGRESS@1530 FULFILLED@1550  | 10             | 80       | 0
			QUOTE  | ASSIGNED@1 SENT@20 EXPIRED@1460 REOPENED@1500 IN_PROGRESS@1510 SENT@1520 WON@1580       | 20             | 10       | 1500
			QUERY  | ASSIGNED@1 IN_PROGRESS@10 RESOLVED@20 REOPENED@30 IN_PROGRESS@40 WAITING_ON_CUSTOMER@45 IN_PROGRESS@55 RESOLVED@60 | 10 | 20 | 10
			""")
	void each_clock_adds_the_time_in_its_states(RequestKind kind, String story, long firstResponse, long handling,
			long customerWait) {
		Request request = RequestFixture.received(kind);
		for (String step : story.split("\\s+")) {
			String[] move = step.split("@");
			RequestFixture.drive(request, RequestState.valueOf(move[0]), minute(Long.parseLong(move[1])));
		}

		RequestView view = request.view();
		assertThat(view.firstResponseAt()).isEqualTo(minute(firstResponse));
		assertThat(view.handlingSeconds()).isEqualTo(handling * 60);
		assertThat(view.customerWaitSeconds()).isEqualTo(customerWait * 60);
		String last = story.substring(story.lastIndexOf('@') + 1);
		assertThat(view.stateSince()).isEqualTo(minute(Long.parseLong(last)));
	}

	@Test
	void a_request_that_nobody_responded_to_has_no_first_response() {
		Request request = RequestFixture.received(RequestKind.QUERY);
		RequestFixture.drive(request, RequestState.ASSIGNED, minute(1));
		RequestFixture.drive(request, RequestState.NEW, minute(30));

		assertThat(request.view().firstResponseAt()).isNull();
		assertThat(request.view().handlingSeconds()).isZero();
	}

	@ParameterizedTest(name = "{0} -> {1} after {2} ms adds {3} s handling, {4} s wait")
	@CsvSource({
			"IN_PROGRESS,         FULFILLED,   59999,  59, 0",
			"IN_PROGRESS,         NEW,         60000,  60, 0",
			"WAITING_ON_CUSTOMER, IN_PROGRESS, 1500,   0,  1",
			"SENT,                EXPIRED,     86400000, 0, 86400",
			"ASSIGNED,            IN_PROGRESS, 30000,  0,  0",
			"REOPENED,            IN_PROGRESS, 30000,  0,  0",
			// another node's clock a little behind: nothing is taken back
			"IN_PROGRESS,         RESOLVED,    -800,   0,  0" })
	void an_interval_counts_in_whole_seconds_for_the_state_left(RequestState from, RequestState to, long millis,
			long handling, long customerWait) {
		TimeFacts before = new TimeFacts(null, 100, 200, RECEIVED);

		TimeFacts after = before.moved(from, to, RECEIVED.plusMillis(millis));

		assertThat(after.handlingSeconds()).isEqualTo(100 + handling);
		assertThat(after.customerWaitSeconds()).isEqualTo(200 + customerWait);
		assertThat(after.stateSince()).isEqualTo(RECEIVED.plusMillis(millis));
	}

	@Test
	void the_first_response_is_kept_once_set() {
		TimeFacts responded = TimeFacts.receivedAt(RECEIVED).moved(RequestState.ASSIGNED, RequestState.IN_PROGRESS,
				minute(5));

		TimeFacts later = responded.moved(RequestState.IN_PROGRESS, RequestState.NEW, minute(9))
			.moved(RequestState.NEW, RequestState.ASSIGNED, minute(10))
			.moved(RequestState.ASSIGNED, RequestState.WAITING_ON_CUSTOMER, minute(20));

		assertThat(later.firstResponseAt()).isEqualTo(minute(5));
	}

	private static Instant minute(long minute) {
		return RECEIVED.plus(Duration.ofMinutes(minute));
	}
}

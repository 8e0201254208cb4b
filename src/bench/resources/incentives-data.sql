-- Fairdesk incentives benchmark data (issue 14): one team's month, seeded and deterministic, for PostgreSQL 15, in
-- plain SQL. IncentivesBench runs it after the application has migrated the schema and created the team and its reps
-- through the people facade (their hours, start and leaving dates are the bench's; this file only reads them).
--
-- Parameters, as custom settings of the session (IncentivesData sets them; by hand with psql, through
-- select set_config('bench.seed', '42', false) and so on):
--   bench.seed        every random choice is hashint8extended(i, seed * 100 + stream) of the request's number i
--   bench.requests    requests closed in the measured month (100000)
--   bench.neighbours  requests closed in each of the month before and the month after (5000 each)
--   bench.open        requests received in the month after and still open now (2000)
--   bench.prev, bench.start, bench.end, bench.next_end
--                     the instants (in the team's zone) where the month before, the month, the month after and the
--                     month after that begin: the month measured is [start, end)
--
-- What it makes, per request (fractions are of the requests unless said otherwise):
--   numbering       1..requests close in the month, evenly spread in the order of i with jitter; the next
--                   neighbours close in the month before, the next in the month after; the last open ones are
--                   received in the month after and not closed
--   kind            35 % ORDER, 25 % QUOTE, 40 % QUERY; priority 0 for 90 %, else 1..9
--   duration        received -> closed (received = closed - duration): ORDER 1 h + u^3 * 10 d, QUOTE
--                   2 h + u^2 * 20 d, QUERY 20 min + u^4 * 5 d; so some of the month's requests arrived the month
--                   before
--   times           assigned after 0..2 % of the duration, first response 0..15 % later (an open request's not
--                   after now), handling_seconds min(5..35 % of the duration, 10 min..5 h), customer_wait_seconds
--                   for 40 % (0..40 % of it)
--   closed states   ORDER 85 % FULFILLED / 15 % CANCELLED; QUOTE 35 % WON / 45 % LOST / 20 % EXPIRED;
--                   QUERY 90 % RESOLVED / 10 % ESCALATED. FULFILLED and WON carry outcome_value 100..10000
--                   (u^3: mostly small) and outcome_margin 5..40 % of it (3 % of them negative, -10 %)
--   SLA             ORDER and QUERY have due times: QUERY first response 2 h / resolution 1 d (priority >= 5: 1 h /
--                   4 h), ORDER 4 h / 3 d; QUOTE none. Slow first responses and long durations miss them
--   reps            a rep picked at random; if that rep was not on the team from receipt to close (started later,
--                   or left before: see IncentivesData), the next rep by number, who always was
--   transfers       4 % at 30 % of their duration to another rep, who then holds and closes the request
--   routing log     ASSIGN, TRANSFER_OUT + TRANSFER_IN, REOPEN, CLOSE, hanging off each request's queue row (V19)
--   reopens         2 % of closed requests were closed at 60 % of their duration, reopened at 75 %, closed again
--   surveys         60 % of closed requests, issued at close; half of those answered (so ~30 % of the closed) within
--                   u^2 * 5 days if that is before now; ratings 1..5 = 6 / 7 / 12 / 30 / 45 %; a comment on 20 %
--   assists         5 % of closed requests, a colleague on the team as helper: 70 % CONFIRMED, 20 % PROPOSED,
--                   10 % DECLINED, decided within a day of the close
-- Not generated (the facts read none of them): arrivals, routing_waiting, request_events, qa_review.

-- Sorting the routing log in time order needs more than the default 4 MB; and the planner, without statistics on the
-- temporary tables, estimates billions of rows and spends seconds JIT-compiling statements that run in milliseconds
-- (this session only).
set work_mem = '256MB';
set jit = off;

create temp table bench_p as
select cast(current_setting('bench.seed') as bigint) seed,
       cast(current_setting('bench.requests') as bigint) n,
       cast(current_setting('bench.neighbours') as bigint) k,
       cast(current_setting('bench.open') as bigint) o,
       extract(epoch from cast(current_setting('bench.prev') as timestamptz)) prev_e,
       extract(epoch from cast(current_setting('bench.start') as timestamptz)) start_e,
       extract(epoch from cast(current_setting('bench.end') as timestamptz)) end_e,
       extract(epoch from cast(current_setting('bench.next_end') as timestamptz)) next_e,
       extract(epoch from now()) now_e;

create function pg_temp.u(i bigint, k bigint) returns double precision language sql immutable parallel safe
as 'select cast(hashint8extended(i, k) & 9007199254740991 as double precision) / 9007199254740992.0';

-- The one team (the bench makes exactly one) and its reps, with the span each was on the team in epoch seconds:
-- from the start date's midnight to the midnight after the leaving date, in the team's zone.
create temp table bench_team as
select t.id team_id, t.currency, (select count(*) from reps r where r.team_id = t.id) reps from teams t;

create temp table bench_reps as
select cast(row_number() over (order by r.id) - 1 as int) rep_no, r.id rep_id, r.username,
       extract(epoch from cast(r.start_date as timestamp) at time zone t.time_zone) from_e,
       coalesce(extract(epoch from cast(r.leaving_date + 1 as timestamp) at time zone t.time_zone),
                'infinity'::float8) until_e
from reps r join teams t on t.id = r.team_id;
create unique index on bench_reps (rep_no);

create temp table bench_req as
with a as (
    select i, p.seed * 100 s, p.now_e, t.team_id, t.currency, t.reps,
           case when i <= p.n then 'M' when i <= p.n + p.k then 'PREV' when i <= p.n + 2 * p.k then 'NEXT'
                else 'OPEN' end part,
           case when i <= p.n then p.start_e + (p.end_e - p.start_e) * (i - 1 + pg_temp.u(i, p.seed * 100 + 1)) / p.n
                when i <= p.n + p.k then p.prev_e + (p.start_e - p.prev_e) * pg_temp.u(i, p.seed * 100 + 1)
                else p.end_e + (p.next_e - p.end_e) * pg_temp.u(i, p.seed * 100 + 1) end anchor_e,
           pg_temp.u(i, p.seed * 100 + 2) uk,
           pg_temp.u(i, p.seed * 100 + 3) ud
    from bench_p p
    cross join bench_team t
    cross join generate_series(cast(1 as bigint), p.n + 2 * p.k + p.o) i
), b as (
    select a.*,
           case when uk < 0.35 then 'ORDER' when uk < 0.60 then 'QUOTE' else 'QUERY' end kind,
           case when uk < 0.35 then 3600 + ud ^ 3 * 864000
                when uk < 0.60 then 7200 + ud ^ 2 * 1728000
                else 1200 + ud ^ 4 * 432000 end dur
    from a
), c as (
    -- A closed request is anchored at its close, an open one at its receipt (and is open for good).
    select b.*,
           part <> 'OPEN' closed,
           case when part = 'OPEN' then anchor_e else anchor_e - dur end rx,
           case when part = 'OPEN' then null else anchor_e end close_e,
           cast(floor(reps * pg_temp.u(i, s + 5)) as int) pick_a,
           cast(floor(reps * pg_temp.u(i, s + 7)) as int) pick_b,
           pg_temp.u(i, s + 6) < 0.04 and part <> 'OPEN' transferred,
           case when pg_temp.u(i, s + 8) < 0.9 then 0
                else 1 + least(8, floor((pg_temp.u(i, s + 8) - 0.9) * 90)) end prio,
           pg_temp.u(i, s + 9) uo,
           round(cast(100 + 9900 * pg_temp.u(i, s + 10) ^ 3 as numeric), 2) val,
           pg_temp.u(i, s + 11) um
    from b
), d as (
    -- Whoever holds a request was on the team from its receipt to its close (or to now, while it is open); a rep who
    -- was not is replaced by the next one by number, whom IncentivesBench keeps on the team throughout.
    select c.*,
           least(rx + dur * 0.02 * pg_temp.u(i, s + 4), now_e) assign_e,
           case when ra.from_e <= rx and coalesce(close_e, now_e) < ra.until_e then pick_a
                else (pick_a + 1) % reps end rep_a,
           case when rb.from_e <= rx and coalesce(close_e, now_e) < rb.until_e then pick_b
                else (pick_b + 1) % reps end rep_b
    from c
    join bench_reps ra on ra.rep_no = c.pick_a
    join bench_reps rb on rb.rep_no = c.pick_b
)
select i, cast(md5('incentives ' || s || ' ' || i) as uuid) id, part, team_id, currency, kind, prio, rx, dur,
       close_e, assign_e, least(assign_e + dur * 0.15 * pg_temp.u(i, s + 12), now_e) respond_e, closed,
       transferred and rep_b <> rep_a transferred, rx + dur * 0.3 transfer_e, rep_a,
       case when transferred and rep_b <> rep_a then rep_b else rep_a end holder, val, s, now_e,
       case when closed then
                case kind
                    when 'ORDER' then case when uo < 0.85 then 'FULFILLED' else 'CANCELLED' end
                    when 'QUOTE' then case when uo < 0.35 then 'WON' when uo < 0.80 then 'LOST' else 'EXPIRED' end
                    else case when uo < 0.90 then 'RESOLVED' else 'ESCALATED' end end
            when uo < 0.5 then 'IN_PROGRESS'
            when uo < 0.8 then 'WAITING_ON_CUSTOMER'
            when kind = 'QUOTE' then 'SENT'
            else 'IN_PROGRESS' end state,
       case when um < 0.03 then -0.10 else 0.05 + 0.35 * (um / 0.97 - 0.03 / 0.97) end margin_share,
       closed and pg_temp.u(i, s + 13) < 0.02 reopened,
       closed and pg_temp.u(i, s + 14) < 0.60 surveyed,
       closed and pg_temp.u(i, s + 15) < 0.05 assisted
from d;

insert into requests (id, team_id, kind, customer, subject, description, amount, currency, state, assignee_id,
                      received_at, assigned_at, started_at, closed_at, outcome_value, outcome_margin, close_reason,
                      version, priority, first_response_at, handling_seconds, customer_wait_seconds, state_since,
                      closed_by, reopen_count, quoted_amount, valid_until, first_response_due_at, resolution_due_at)
select r.id, r.team_id, r.kind,
       'Customer ' || (r.i * 7919 % 20000), initcap(lower(r.kind)) || ' ' || r.i, null,
       case when r.kind = 'ORDER' then r.val end, r.currency, r.state, h.rep_id,
       to_timestamp(r.rx), to_timestamp(r.assign_e), to_timestamp(r.respond_e), to_timestamp(r.close_e),
       case when r.state in ('FULFILLED', 'WON') then r.val end,
       case when r.state in ('FULFILLED', 'WON') then round(r.val * cast(r.margin_share as numeric), 2) end,
       case r.state when 'CANCELLED' then 'Customer cancelled' when 'LOST' then 'Price' end,
       case when r.closed then 5 + case when r.reopened then 3 else 0 end else 2 end,
       r.prio, to_timestamp(r.respond_e),
       cast(least(floor((coalesce(r.close_e, r.now_e) - r.rx) * (0.05 + 0.30 * pg_temp.u(r.i, r.s + 17))),
                  600 + floor(17400 * pg_temp.u(r.i, r.s + 29))) as bigint),
       case when pg_temp.u(r.i, r.s + 18) >= 0.4 then 0
            else cast(floor((coalesce(r.close_e, r.now_e) - r.rx) * 0.4 * pg_temp.u(r.i, r.s + 19)) as bigint) end,
       to_timestamp(coalesce(r.close_e, r.respond_e)),
       case when r.closed then h.rep_id end,
       case when r.reopened then 1 else 0 end,
       case when r.kind = 'QUOTE' then r.val end,
       case when r.kind = 'QUOTE' then cast(to_timestamp(r.rx) + interval '30 days' as date) end,
       case r.kind when 'QUERY' then to_timestamp(r.rx + case when r.prio >= 5 then 3600 else 7200 end)
                   when 'ORDER' then to_timestamp(r.rx + 14400) end,
       case r.kind when 'QUERY' then to_timestamp(r.rx + case when r.prio >= 5 then 14400 else 86400 end)
                   when 'ORDER' then to_timestamp(r.rx + 259200) end
from bench_req r
join bench_reps h on h.rep_no = r.holder
order by r.rx;

insert into routing_teams (team_id) select team_id from bench_team on conflict do nothing;
insert into routing_queue (request_id, team_id, kind, received_at, priority, amount, assignee_id, assigned_at,
                           closed_at)
select r.id, r.team_id, r.kind, to_timestamp(r.rx), r.prio, case when r.kind = 'ORDER' then r.val end,
       h.rep_id, to_timestamp(r.assign_e), to_timestamp(r.close_e)
from bench_req r
join bench_reps h on h.rep_no = r.holder
order by r.rx;

insert into routing_assignments (request_id, rep_id, policy, assigned_at, action, actor, reason, over_cap,
                                 value_percentile, team_id)
select request_id, rep_id, policy, to_timestamp(at_e), action, actor, reason, false, null, team_id
from (
    select r.id request_id, a.rep_id, 'ROUND_ROBIN' policy, r.assign_e as at_e, 'ASSIGN' action,
           cast(null as varchar) actor, cast(null as varchar) reason, r.team_id, 1 step
    from bench_req r join bench_reps a on a.rep_no = r.rep_a
    union all
    select r.id, a.rep_id, 'TRANSFER_OUT', r.transfer_e, 'TRANSFER_OUT', a.username, 'Better placed with a colleague',
           r.team_id, 2
    from bench_req r join bench_reps a on a.rep_no = r.rep_a
    where r.transferred
    union all
    select r.id, b.rep_id, 'TRANSFER_IN', r.transfer_e, 'TRANSFER_IN', a.username, 'Better placed with a colleague',
           r.team_id, 3
    from bench_req r join bench_reps a on a.rep_no = r.rep_a join bench_reps b on b.rep_no = r.holder
    where r.transferred
    union all
    select r.id, h.rep_id, 'REOPEN', r.rx + r.dur * 0.75, 'REOPEN', 'manager', 'Customer came back', r.team_id, 4
    from bench_req r join bench_reps h on h.rep_no = r.holder
    where r.reopened
    union all
    select r.id, h.rep_id, 'CLOSE', r.close_e, 'CLOSE', h.username, null, r.team_id, 5
    from bench_req r join bench_reps h on h.rep_no = r.holder
    where r.closed
) log
order by at_e, step;

insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at, reopened_by_user,
                             reason)
select r.id, r.team_id, h.rep_id, r.state, to_timestamp(r.rx + r.dur * 0.6), to_timestamp(r.rx + r.dur * 0.75),
       'manager', 'Customer came back'
from bench_req r join bench_reps h on h.rep_no = r.holder
where r.reopened
order by r.rx + r.dur * 0.75;

insert into survey (request_id, team_id, rep_id, issued_at, expires_at, token_hash, stored_at)
select r.id, r.team_id, h.rep_id, to_timestamp(r.close_e), to_timestamp(r.close_e) + interval '14 days',
       md5('token a ' || r.s || ' ' || r.i) || md5('token b ' || r.s || ' ' || r.i), to_timestamp(r.close_e)
from bench_req r join bench_reps h on h.rep_no = r.holder
where r.surveyed
order by r.close_e;

insert into survey_response (request_id, team_id, rep_id, rating, comment, responded_at, survey_issued_at)
select request_id, team_id, rep_id, rating, comment, to_timestamp(responded_e), to_timestamp(close_e)
from (
    select r.id request_id, r.team_id, h.rep_id, r.close_e,
           case when pg_temp.u(r.i, r.s + 21) < 0.06 then 1 when pg_temp.u(r.i, r.s + 21) < 0.13 then 2
                when pg_temp.u(r.i, r.s + 21) < 0.25 then 3 when pg_temp.u(r.i, r.s + 21) < 0.55 then 4
                else 5 end rating,
           case when pg_temp.u(r.i, r.s + 22) < 0.2 then 'Comment ' || r.i end comment,
           r.close_e + pg_temp.u(r.i, r.s + 23) ^ 2 * 432000 as responded_e, r.now_e
    from bench_req r join bench_reps h on h.rep_no = r.holder
    where r.surveyed and pg_temp.u(r.i, r.s + 20) < 0.5
) answered
where responded_e <= now_e
order by responded_e;

-- The helper: a colleague other than the holder who was on the team at the close; one who was not is replaced by the
-- next by number (always on the team), or the one after if that is the holder.
insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status, note, proposed_at,
                             decided_at)
select request_id, team_id, owner_id, helper_id, case when by_owner then owner_id else helper_id end,
       status, null, to_timestamp(proposed), case when status <> 'PROPOSED' then to_timestamp(decided) end
from (
    select r.id request_id, r.team_id, o.rep_id owner_id, x.rep_id helper_id, pg_temp.u(r.i, r.s + 24) < 0.5 by_owner,
           case when pg_temp.u(r.i, r.s + 25) < 0.7 then 'CONFIRMED' when pg_temp.u(r.i, r.s + 25) < 0.9 then 'PROPOSED'
                else 'DECLINED' end status,
           r.close_e proposed, r.close_e + 86400 * pg_temp.u(r.i, r.s + 26) decided
    from (
        select r.*, t.reps, c.rep_no cand, c.from_e <= r.close_e and r.close_e < c.until_e cand_present
        from bench_req r
        cross join bench_team t
        join bench_reps c on c.rep_no = (r.holder + 1 + cast(floor(pg_temp.u(r.i, r.s + 27) * (t.reps - 1)) as int))
                                        % t.reps
        where r.assisted
    ) r
    join bench_reps o on o.rep_no = r.holder
    join bench_reps x on x.rep_no = case when r.cand_present then r.cand
                                         when (r.cand + 1) % r.reps <> r.holder then (r.cand + 1) % r.reps
                                         else (r.cand + 2) % r.reps end
) assists
order by proposed;

drop table bench_req;
drop table bench_reps;
drop table bench_team;
drop table bench_p;
drop function pg_temp.u(bigint, bigint);

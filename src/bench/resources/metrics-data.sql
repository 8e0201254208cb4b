-- Fairdesk metrics benchmark data (issue 4, "Speed"): a seeded, deterministic history for PostgreSQL 15, in plain SQL.
--
-- Needs the schema (Flyway V1..V15) and the teams and reps to exist already: MetricsBench creates 10 teams of 20 reps
-- through the people facade, with their logins, calendars and SLA targets. Every team's reps get an equal share of
-- the requests (request i goes to team i mod <teams>, then to a rep of that team at random).
--
-- Parameters, as custom settings of the session that runs this file (MetricsBench sets them; by hand:
--   psql -c "set bench.seed = 42" -c "set bench.requests = 1000000" -c "set bench.months = 24" \
--        -c "set bench.now = '2026-11-27 12:00+00'" -f src/bench/resources/metrics-data.sql <database>):
--   bench.seed      every random choice is hashint8extended(i, seed * 100 + stream) of the request's number i, so
--                   the data depend only on (seed, requests, months, now), not on the plan or the order of rows
--   bench.requests  how many requests (1000000)
--   bench.months    how far back they go from "now" (24): received_at is spread evenly over that span, in the
--                   order of i (so the heap is in arrival order, as an append-only history is), with jitter
--   bench.now       the end of the history ('' means the transaction's now(), which is what the app's clock sees)
--
-- What it makes, per request (fractions are of the requests unless said otherwise):
--   kind            35 % ORDER, 25 % QUOTE, 40 % QUERY; priority 0 for 90 %, else 1..9
--   duration        received -> closed: ORDER 1 h + u^3 * 10 d, QUOTE 2 h + u^2 * 20 d, QUERY 20 min + u^4 * 5 d;
--                   a request whose close would lie after "now" is still open (about 0.4 % of them)
--   times           assigned after 0..2 % of the duration, first response 0..15 % later, handling_seconds
--                   min(5..35 % of the duration, 10 min..5 h), customer_wait_seconds for 40 % (0..40 % of it)
--   closed states   ORDER 85 % FULFILLED / 15 % CANCELLED; QUOTE 35 % WON / 45 % LOST / 20 % EXPIRED;
--                   QUERY 90 % RESOLVED / 10 % ESCALATED. FULFILLED and WON carry outcome_value 100..10000
--                   (u^3: mostly small) and outcome_margin 5..40 % of it (3 % of them negative, -10 %)
--   open states     NEW (not assigned yet, no assignee), ASSIGNED (no first response yet), else IN_PROGRESS 50 %,
--                   WAITING_ON_CUSTOMER 30 %, SENT (quotes) or IN_PROGRESS 20 %
--   SLA             ORDER and QUERY have due times (the teams' targets; wall-clock spans here, not business
--                   minutes): QUERY first response 2 h / resolution 1 d (priority >= 5: 1 h / 4 h), ORDER 4 h / 3 d;
--                   QUOTE none
--   transfers       4 % of assigned requests, at 30 % of their duration, to another rep of the team: routing log
--                   TRANSFER_OUT (first rep) + TRANSFER_IN (second rep), who then holds and closes the request
--   routing log     also ASSIGN at assignment, CLOSE at close and REOPEN at a reopen; inserted in time order
--   reopens         2 % of closed requests were closed at 60 % of their duration, reopened at 75 % and closed again
--   surveys         30 % of closed requests, issued at close (valid 14 days); 35 % of those answered within
--                   u^2 * 5 days (if that is before now), ratings 1..5 = 6 / 7 / 12 / 30 / 45 %; a comment on 20 %
--   assists         5 % of closed requests, a colleague as helper: 70 % CONFIRMED, 20 % PROPOSED, 10 % DECLINED
--   QA reviews      1 % of closed requests, by "manager", two days after the close if that is before now
-- Not generated (metrics read none of them): arrivals, routing_waiting, request_events. routing_queue is, because
-- the routing log's rows need their request's queue row (V19).

-- Sorting the routing log in time order needs more than the default 4 MB (this session only).
set work_mem = '256MB';

create temp table bench_p as
select s.seed, s.n, s.months, s.now_at,
       extract(epoch from s.now_at - make_interval(months => s.months)) start_e,
       extract(epoch from s.now_at) now_e
from (select cast(current_setting('bench.seed') as bigint) seed,
             cast(current_setting('bench.requests') as bigint) n,
             cast(current_setting('bench.months') as int) months,
             coalesce(cast(nullif(current_setting('bench.now', true), '') as timestamptz), now()) now_at) s;

-- A uniform number in [0, 1) for row i and stream k: 53 bits of a seeded hash.
create function pg_temp.u(i bigint, k bigint) returns double precision language sql immutable parallel safe
as 'select cast(hashint8extended(i, k) & 9007199254740991 as double precision) / 9007199254740992.0';

create temp table bench_teams as
select cast(row_number() over (order by t.id) - 1 as int) team_no, t.id team_id, t.currency,
       (select count(*) from reps r where r.team_id = t.id) reps
from teams t
where exists (select 1 from reps r where r.team_id = t.id);

create temp table bench_reps as
select b.team_no, cast(row_number() over (partition by r.team_id order by r.id) - 1 as int) rep_no, r.id rep_id,
       r.username
from reps r join bench_teams b on b.team_id = r.team_id;
create unique index on bench_reps (team_no, rep_no);

-- One row per request with everything the tables below need, in epoch seconds.
create temp table bench_req as
with a as (
    select i, t.team_no, t.team_id, t.currency, t.reps, p.seed * 100 s, p.now_e,
           p.start_e + (p.now_e - p.start_e) * (i - 1 + pg_temp.u(i, p.seed * 100 + 1)) / p.n rx,
           pg_temp.u(i, p.seed * 100 + 2) uk,
           pg_temp.u(i, p.seed * 100 + 3) ud
    from bench_p p
    cross join generate_series(cast(1 as bigint), p.n) i
    join bench_teams t on t.team_no = i % (select count(*) from bench_teams)
), b as (
    select a.*,
           case when uk < 0.35 then 'ORDER' when uk < 0.60 then 'QUOTE' else 'QUERY' end kind,
           case when uk < 0.35 then 3600 + ud ^ 3 * 864000
                when uk < 0.60 then 7200 + ud ^ 2 * 1728000
                else 1200 + ud ^ 4 * 432000 end dur
    from a
), c as (
    select b.*,
           rx + dur close_e,
           rx + dur * 0.02 * pg_temp.u(i, s + 4) assign_e,
           floor(reps * pg_temp.u(i, s + 5)) rep_a,
           pg_temp.u(i, s + 6) < 0.04 transfer_wanted,
           rx + dur * 0.3 transfer_e,
           cast(floor(pg_temp.u(i, s + 7) * (reps - 1)) as int) other,
           case when pg_temp.u(i, s + 8) < 0.9 then 0 else 1 + least(8, floor((pg_temp.u(i, s + 8) - 0.9) * 90)) end prio,
           pg_temp.u(i, s + 9) uo,
           round(cast(100 + 9900 * pg_temp.u(i, s + 10) ^ 3 as numeric), 2) val,
           pg_temp.u(i, s + 11) um
    from b
), d as (
    select c.*,
           close_e <= now_e closed,
           assign_e + dur * 0.15 * pg_temp.u(i, s + 12) respond_e,
           transfer_wanted and transfer_e <= now_e transferred,
           case when transfer_wanted and transfer_e <= now_e then cast(rep_a + 1 + other as int) % reps
                else rep_a end holder
    from c
)
select i, cast(md5('request ' || s || ' ' || i) as uuid) id, team_no, team_id, currency, kind, prio, rx, dur,
       close_e, assign_e, respond_e, closed, transferred,
       transfer_e, cast(rep_a as int) rep_a, cast(holder as int) holder, val, s, now_e,
       case when closed then
                case kind
                    when 'ORDER' then case when uo < 0.85 then 'FULFILLED' else 'CANCELLED' end
                    when 'QUOTE' then case when uo < 0.35 then 'WON' when uo < 0.80 then 'LOST' else 'EXPIRED' end
                    else case when uo < 0.90 then 'RESOLVED' else 'ESCALATED' end end
            when now_e < assign_e then 'NEW'
            when now_e < respond_e then 'ASSIGNED'
            when uo < 0.5 then 'IN_PROGRESS'
            when uo < 0.8 then 'WAITING_ON_CUSTOMER'
            when kind = 'QUOTE' then 'SENT'
            else 'IN_PROGRESS' end state,
       case when um < 0.03 then -0.10 else 0.05 + 0.35 * (um / 0.97 - 0.03 / 0.97) end margin_share,
       closed and pg_temp.u(i, s + 13) < 0.02 reopened,
       closed and pg_temp.u(i, s + 14) < 0.30 surveyed,
       closed and pg_temp.u(i, s + 15) < 0.05 assisted,
       closed and pg_temp.u(i, s + 16) < 0.01 reviewed
from d;

insert into requests (id, team_id, kind, customer, subject, description, amount, currency, state, assignee_id,
                      received_at, assigned_at, started_at, closed_at, outcome_value, outcome_margin, close_reason,
                      version, priority, first_response_at, handling_seconds, customer_wait_seconds, state_since,
                      closed_by, reopen_count, quoted_amount, valid_until, first_response_due_at, resolution_due_at)
select r.id, r.team_id, r.kind,
       'Customer ' || (r.i * 7919 % 20000), initcap(lower(r.kind)) || ' ' || r.i, null,
       case when r.kind = 'ORDER' then r.val end, r.currency, r.state,
       case when r.state <> 'NEW' then h.rep_id end,
       to_timestamp(r.rx),
       case when r.state <> 'NEW' then to_timestamp(r.assign_e) end,
       case when r.closed or r.state not in ('NEW', 'ASSIGNED') then to_timestamp(r.respond_e) end,
       case when r.closed then to_timestamp(r.close_e) end,
       case when r.state in ('FULFILLED', 'WON') then r.val end,
       case when r.state in ('FULFILLED', 'WON') then round(r.val * cast(r.margin_share as numeric), 2) end,
       case r.state when 'CANCELLED' then 'Customer cancelled' when 'LOST' then 'Price' end,
       case when r.closed then 5 + case when r.reopened then 3 else 0 end else 2 end,
       r.prio,
       case when r.closed or r.state not in ('NEW', 'ASSIGNED') then to_timestamp(r.respond_e) end,
       case when r.state in ('NEW', 'ASSIGNED') then 0
            else cast(least(floor((least(r.now_e, r.close_e) - r.rx) * (0.05 + 0.30 * pg_temp.u(r.i, r.s + 17))),
                            600 + floor(17400 * pg_temp.u(r.i, r.s + 29))) as bigint) end,
       case when r.state in ('NEW', 'ASSIGNED') or pg_temp.u(r.i, r.s + 18) >= 0.4 then 0
            else cast(floor((least(r.now_e, r.close_e) - r.rx) * 0.4 * pg_temp.u(r.i, r.s + 19)) as bigint) end,
       to_timestamp(case when r.closed then r.close_e
                         when r.state = 'NEW' then r.rx
                         when r.state = 'ASSIGNED' then r.assign_e
                         else r.respond_e end),
       case when r.closed then h.rep_id end,
       case when r.reopened then 1 else 0 end,
       case when r.kind = 'QUOTE' and r.state <> 'NEW' then r.val end,
       case when r.kind = 'QUOTE' and r.state <> 'NEW' then cast(to_timestamp(r.rx) + interval '30 days' as date) end,
       case r.kind when 'QUERY' then to_timestamp(r.rx + case when r.prio >= 5 then 3600 else 7200 end)
                   when 'ORDER' then to_timestamp(r.rx + 14400) end,
       case r.kind when 'QUERY' then to_timestamp(r.rx + case when r.prio >= 5 then 14400 else 86400 end)
                   when 'ORDER' then to_timestamp(r.rx + 259200) end
from bench_req r
join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
order by r.i;

-- The routing log hangs off each request's queue row (V19's foreign keys), so the queue gets its rows first, as
-- routing writes them: who has the request now, since when, and when it closed.
insert into routing_teams (team_id) select team_id from bench_teams on conflict do nothing;
insert into routing_queue (request_id, team_id, kind, received_at, priority, amount, assignee_id, assigned_at,
                           closed_at)
select r.id, r.team_id, r.kind, to_timestamp(r.rx), r.prio, case when r.kind = 'ORDER' then r.val end,
       case when r.state <> 'NEW' then h.rep_id end, case when r.state <> 'NEW' then to_timestamp(r.assign_e) end,
       case when r.closed then to_timestamp(r.close_e) end
from bench_req r
join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
order by r.i;

-- The routing log in time order, as it is appended: ASSIGN, TRANSFER_OUT + TRANSFER_IN, REOPEN, CLOSE.
insert into routing_assignments (request_id, rep_id, policy, assigned_at, action, actor, reason, over_cap,
                                 value_percentile, team_id)
select request_id, rep_id, policy, to_timestamp(at_e), action, actor, reason, false, null, team_id
from (
    select r.id request_id, a.rep_id, 'ROUND_ROBIN' policy,
           r.assign_e as at_e, 'ASSIGN' action, cast(null as varchar) actor, cast(null as varchar) reason,
           r.team_id, 1 step
    from bench_req r join bench_reps a on a.team_no = r.team_no and a.rep_no = r.rep_a
    where r.state <> 'NEW'
    union all
    select r.id, a.rep_id, 'TRANSFER_OUT', r.transfer_e, 'TRANSFER_OUT',
           a.username, 'Better placed with a colleague', r.team_id, 2
    from bench_req r join bench_reps a on a.team_no = r.team_no and a.rep_no = r.rep_a
    where r.transferred
    union all
    select r.id, b.rep_id, 'TRANSFER_IN', r.transfer_e, 'TRANSFER_IN',
           a.username, 'Better placed with a colleague', r.team_id, 3
    from bench_req r join bench_reps a on a.team_no = r.team_no and a.rep_no = r.rep_a
    join bench_reps b on b.team_no = r.team_no and b.rep_no = r.holder
    where r.transferred
    union all
    select r.id, h.rep_id, 'REOPEN', r.rx + r.dur * 0.75, 'REOPEN',
           'manager', 'Customer came back', r.team_id, 4
    from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
    where r.reopened
    union all
    select r.id, h.rep_id, 'CLOSE', r.close_e, 'CLOSE', h.username,
           null, r.team_id, 5
    from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
    where r.closed
) log
order by at_e, step;

insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at, reopened_by_user,
                             reason)
select r.id, r.team_id, h.rep_id, r.state, to_timestamp(r.rx + r.dur * 0.6),
       to_timestamp(r.rx + r.dur * 0.75), 'manager', 'Customer came back'
from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
where r.reopened
order by r.rx + r.dur * 0.75;

insert into survey (request_id, team_id, rep_id, issued_at, expires_at, token_hash, stored_at)
select r.id, r.team_id, h.rep_id, to_timestamp(r.close_e),
       to_timestamp(r.close_e) + interval '14 days',
       md5('token a ' || r.s || ' ' || r.i) || md5('token b ' || r.s || ' ' || r.i), to_timestamp(r.close_e)
from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
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
    from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
    where r.surveyed and pg_temp.u(r.i, r.s + 20) < 0.35
) answered
where responded_e <= now_e
order by responded_e;

insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status, note, proposed_at,
                             decided_at)
select request_id, team_id, owner_id, helper_id, case when by_owner then owner_id else helper_id end,
       case when decided > now_e then 'PROPOSED' else status end, null, to_timestamp(proposed),
       case when status <> 'PROPOSED' and decided <= now_e then to_timestamp(decided) end
from (
    select r.id request_id, r.team_id, o.rep_id owner_id,
           x.rep_id helper_id, pg_temp.u(r.i, r.s + 24) < 0.5 by_owner,
           case when pg_temp.u(r.i, r.s + 25) < 0.7 then 'CONFIRMED' when pg_temp.u(r.i, r.s + 25) < 0.9 then 'PROPOSED'
                else 'DECLINED' end status,
           r.close_e proposed, r.close_e + 86400 * pg_temp.u(r.i, r.s + 26) decided, r.now_e
    from bench_req r
    join bench_teams t on t.team_no = r.team_no
    join bench_reps o on o.team_no = r.team_no and o.rep_no = r.holder
    join bench_reps x on x.team_no = r.team_no
        and x.rep_no = (r.holder + 1 + cast(floor(pg_temp.u(r.i, r.s + 27) * (t.reps - 1)) as int)) % t.reps
    where r.assisted
) assists
order by proposed;

insert into qa_review (request_id, reviewer, team_id, rep_id, score, note, reviewed_at)
select r.id, 'manager', r.team_id, h.rep_id,
       1 + cast(floor(pg_temp.u(r.i, r.s + 28) * 5) as int), null, to_timestamp(r.close_e + 172800)
from bench_req r join bench_reps h on h.team_no = r.team_no and h.rep_no = r.holder
where r.reviewed and r.close_e + 172800 <= r.now_e
order by r.close_e;

drop table bench_req;
drop table bench_reps;
drop table bench_teams;
drop table bench_p;
drop function pg_temp.u(bigint, bigint);

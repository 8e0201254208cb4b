-- The database keeps its own invariants (issue 13, docs/database.md): foreign keys inside each module, checks on every
-- enumerated column and range the code guarantees, and the index the team page needs. Never a key across modules: a
-- module owns its tables, and another module's id is only a value here (docs/architecture.md).
--
-- Existing data. The app has always written parents first (a request before its events, reopens and assists; a queue
-- row before its log, exclusions and waiting row), and every value checked below comes from a Java enum or a check in
-- the code that was there from the start, so a database the app wrote passes. Only routing_policies could lack its
-- parent (setPolicy did not create the team's routing row until now), so those rows get it first. A row written by
-- hand that breaks a rule stops this migration with the constraint's name; fix or delete that row and start again.

-- work: every row about a request belongs to a request; a quote and its order point at each other.
alter table request_events add constraint fk_request_events_request foreign key (request_id) references requests (id);
alter table request_reopens add constraint fk_request_reopens_request foreign key (request_id) references requests (id);
alter table request_assists add constraint fk_request_assists_request foreign key (request_id) references requests (id);
alter table requests add constraint fk_requests_linked_order foreign key (linked_order_id) references requests (id);
alter table requests add constraint fk_requests_quote foreign key (quote_id) references requests (id);

-- routing: everything about a request hangs off its queue row; everything about a team off the team's routing row
-- (the row a PUSH locks).
insert into routing_teams (team_id)
select distinct p.team_id from routing_policies p
where not exists (select 1 from routing_teams t where t.team_id = p.team_id);
alter table routing_assignments add constraint fk_routing_assignments_request
    foreign key (request_id) references routing_queue (request_id);
alter table routing_exclusions add constraint fk_routing_exclusions_request
    foreign key (request_id) references routing_queue (request_id);
alter table routing_waiting add constraint fk_routing_waiting_request
    foreign key (request_id) references routing_queue (request_id);
alter table routing_queue add constraint fk_routing_queue_team foreign key (team_id) references routing_teams (team_id);
alter table routing_reps add constraint fk_routing_reps_team foreign key (team_id) references routing_teams (team_id);
alter table routing_policies add constraint fk_routing_policies_team
    foreign key (team_id) references routing_teams (team_id);

-- Enumerated columns: each list is its Java enum's constants (DatabaseInvariantsScenario compares them, so a new
-- constant without a migration fails a test instead of a customer's insert).
alter table arrivals add constraint ck_arrivals_kind check (kind in ('ORDER', 'QUOTE', 'QUERY'));
alter table routing_queue add constraint ck_routing_queue_kind check (kind in ('ORDER', 'QUOTE', 'QUERY'));
alter table routing_waiting add constraint ck_routing_waiting_kind check (kind in ('ORDER', 'QUOTE', 'QUERY'));
alter table requests add constraint ck_requests_state check (state in ('NEW', 'ASSIGNED', 'IN_PROGRESS',
    'WAITING_ON_CUSTOMER', 'SENT', 'REOPENED', 'FULFILLED', 'CANCELLED', 'WON', 'LOST', 'EXPIRED', 'RESOLVED',
    'ESCALATED'));
alter table request_events add constraint ck_request_events_from_state check (from_state in ('NEW', 'ASSIGNED',
    'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'SENT', 'REOPENED', 'FULFILLED', 'CANCELLED', 'WON', 'LOST', 'EXPIRED',
    'RESOLVED', 'ESCALATED'));
alter table request_events add constraint ck_request_events_to_state check (to_state in ('NEW', 'ASSIGNED',
    'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'SENT', 'REOPENED', 'FULFILLED', 'CANCELLED', 'WON', 'LOST', 'EXPIRED',
    'RESOLVED', 'ESCALATED'));
-- A reopen records the closed state the request had: only the closed states.
alter table request_reopens add constraint ck_request_reopens_outcome check (outcome in ('FULFILLED', 'CANCELLED',
    'WON', 'LOST', 'EXPIRED', 'RESOLVED', 'ESCALATED'));
alter table routing_teams add constraint ck_routing_teams_mode check (mode in ('PUSH', 'PULL', 'SELF_ELECT'));
alter table routing_policies add constraint ck_routing_policies_chooser check (chooser in ('ROUND_ROBIN',
    'LEAST_LOADED', 'RANDOM', 'VALUE_BALANCED', 'MANAGER'));
alter table routing_assignments add constraint ck_routing_assignments_action check (action in ('ASSIGN', 'NEXT',
    'CLAIM', 'MANUAL', 'HAND_BACK', 'REASSIGN', 'TRANSFER_OUT', 'TRANSFER_IN', 'SKIP', 'CLOSE', 'REOPEN'));

-- Ranges: priority 0 (normal) to 9 (most urgent) wherever it is copied; amounts intake and the lifecycle accept only
-- above zero (a margin may be negative, never above the value); clocks, counts and versions never below zero.
alter table arrivals add constraint ck_arrivals_priority check (priority between 0 and 9);
alter table requests add constraint ck_requests_priority check (priority between 0 and 9);
alter table routing_queue add constraint ck_routing_queue_priority check (priority between 0 and 9);
alter table routing_waiting add constraint ck_routing_waiting_priority check (priority between 0 and 9);
alter table requests add constraint ck_requests_amount check (amount > 0);
alter table requests add constraint ck_requests_outcome_value check (outcome_value > 0);
alter table requests add constraint ck_requests_outcome_margin check (outcome_margin <= outcome_value);
alter table requests add constraint ck_requests_quoted_amount check (quoted_amount > 0);
alter table routing_queue add constraint ck_routing_queue_amount check (amount > 0);
alter table routing_waiting add constraint ck_routing_waiting_amount check (amount > 0);
alter table requests add constraint ck_requests_handling_seconds check (handling_seconds >= 0);
alter table requests add constraint ck_requests_customer_wait_seconds check (customer_wait_seconds >= 0);
alter table requests add constraint ck_requests_reopen_count check (reopen_count >= 0);
alter table requests add constraint ck_requests_version check (version >= 0);
-- The cherry-pick index: the share of open requests worth less, ties counted half.
alter table routing_assignments add constraint ck_routing_assignments_value_percentile
    check (value_percentile between 0 and 1);
alter table plans add constraint ck_plans_version check (version >= 1);

-- The team page lists a team's latest requests (WorkManagement.recentInTeam: where team_id = ? order by received_at
-- desc): without this index every visit sorted all of the team's requests.
create index requests_by_team_received on requests (team_id, received_at);

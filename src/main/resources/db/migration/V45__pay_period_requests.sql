-- incentives: the requests behind each rep's figures in a closed month, one row per rep (the lists packed as in the
-- facts document, docs/pay.md "Request ids packed"), so that a rep's statement reads its own lists, not the month's
-- whole facts document (some 32 MB at a million requests). The facts document stored from now on lists no requests;
-- a month closed before this table keeps its lists in its facts document and has no rows here. Append-only, like
-- the statements.
create table pay_period_requests (
    team_id  bigint  not null,
    period   char(7) not null,
    rep_id   bigint  not null,
    requests text    not null,
    primary key (team_id, period, rep_id),
    constraint fk_pay_period_requests_period foreign key (team_id, period) references pay_periods (team_id, period)
);

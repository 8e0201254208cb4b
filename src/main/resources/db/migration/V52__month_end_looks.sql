-- incentives: a month that has ended is looked at once before it is closed (docs/pay.md, "The month-end look"): its
-- facts, with the requests behind each rep's figures, are kept so that its close, and its provisional statements
-- before that, use them while nothing that counts in the month is written (the same test a closed month's look
-- passes). A look may therefore belong to a month not closed yet: it names the team, not a closed period.
alter table pay_period_looks drop constraint fk_pay_period_looks_period;
alter table pay_period_looks add constraint fk_pay_period_looks_team foreign key (team_id) references teams (id);
-- true while the look keeps the month's requests (in pay_look_requests): an ended month's look before its close
alter table pay_period_looks add column with_requests boolean default false not null;
-- the requests behind each rep's figures in the look, packed as in pay_period_requests; the close copies them there
-- and they are deleted once the month is closed (a closed month's look keeps figures only)
create table pay_look_requests (
    team_id  bigint  not null,
    period   char(7) not null,
    rep_id   bigint  not null,
    requests text    not null,
    primary key (team_id, period, rep_id),
    constraint fk_pay_look_requests_look foreign key (team_id, period) references pay_period_looks (team_id, period)
);

-- incentives: the facts a closed month was last looked at with, by its own close or by a later close that looked at
-- it again for corrections (docs/pay.md, "Which closed months a close looks at again"). A later close reads the
-- month's rows again only when a reopen, a survey answer or an assist decision that counts in it was made since (an
-- hour's margin before looked_at); otherwise it uses these figures with the reps' details as they are now. Not a pay
-- record: one row per month, replaced at each look. The document lists no requests.
create table pay_period_looks (
    team_id   bigint                   not null,
    period    char(7)                  not null,
    looked_at timestamp with time zone not null,
    time_zone varchar(64)              not null,
    facts     text                     not null,
    primary key (team_id, period),
    constraint fk_pay_period_looks_period foreign key (team_id, period) references pay_periods (team_id, period)
);

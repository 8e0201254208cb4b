-- intake: one row per accepted request. The unique external id makes a client's retry a 409, not a twin.
create table arrivals (
    request_id  uuid primary key,
    team_id     bigint                   not null,
    kind        varchar(8)               not null,
    external_id varchar(200) unique,
    received_by varchar(100),
    received_at timestamp with time zone not null
);

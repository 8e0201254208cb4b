-- feedback: facts of customer satisfaction and QA, kept flat so metrics can sum them per team and period.

-- One survey per request, about the rep who closed it. Only the SHA-256 of its link's token is kept (64 hex
-- digits); the token itself is never stored. A new link for the same request replaces the hash and the expiry.
create table survey (
    request_id uuid primary key,
    team_id    bigint                   not null,
    rep_id     bigint                   not null,
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    token_hash char(64)                 not null unique
);
create index survey_by_team_issued on survey (team_id, issued_at);

-- The customer's answer: at most one per request, which is what makes a link single-use.
create table survey_response (
    request_id   uuid primary key references survey (request_id),
    team_id      bigint                   not null,
    rep_id       bigint                   not null,
    rating       smallint                 not null check (rating between 1 and 5),
    comment      varchar(2000),
    responded_at timestamp with time zone not null
);
create index survey_response_by_team_responded on survey_response (team_id, responded_at);

-- A manager's rubric score of a closed request: one per reviewer and request; a second one replaces the first.
create table qa_review (
    request_id  uuid                     not null,
    reviewer    varchar(100)             not null,
    team_id     bigint                   not null,
    rep_id      bigint                   not null,
    score       smallint                 not null check (score between 1 and 5),
    note        varchar(2000),
    reviewed_at timestamp with time zone not null,
    primary key (request_id, reviewer)
);
create index qa_review_by_team_reviewed on qa_review (team_id, reviewed_at);

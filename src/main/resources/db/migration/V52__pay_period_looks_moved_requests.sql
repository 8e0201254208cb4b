-- incentives: with a closed month's last look, the requests whose places in its lists differ from the facts stored at
-- its close, each with its places then (docs/pay.md, "Which closed months a close looks at again"): a later correction
-- names only the requests that moved since the last one, not those an earlier correction already named. JSON,
-- {"<request id>": ["<rep id>:<list>", …]}; null when none had moved.
alter table pay_period_looks add column moved_requests text;

-- security: a login's e-mail address, optional (null: none recorded). Set by an administrator for any login and by each
-- user for their own; read when Fairdesk mails a person (disputes of statement lines, docs/pay.md). 254 characters is
-- the longest address SMTP carries (RFC 5321's 256-octet path less its angle brackets).
alter table users add column email varchar(254);

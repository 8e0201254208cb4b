-- intake: where the customer can be reached, when the request said; feedback mails the satisfaction survey there.
-- 254 characters is the longest address SMTP can deliver to. Numbered 13.1 to sit beside feedback's V13 without
-- taking a whole version number from parallel work.
alter table arrivals add column customer_email varchar(254);

-- incentives: who published each plan version, for the pay audit (docs/pay.md). Versions published before this
-- column existed keep null: the audit says their publisher was not recorded.
alter table plans add column published_by varchar(100);

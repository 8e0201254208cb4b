-- incentives on PostgreSQL: a look's packed request ids are kept without compression, as a closed month's are (V46).
alter table pay_look_requests alter column requests set storage external;

-- A request may carry a priority (0 normal … 9 most urgent) and a skill or language it needs.
alter table arrivals add column priority integer not null default 0;
alter table requests add column priority integer not null default 0;
alter table requests add column required_skill varchar(50);

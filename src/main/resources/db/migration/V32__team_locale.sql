-- A team's locale (a BCP 47 tag such as de-DE): how its pay pages write money and dates (issue 15, item 4). The
-- currency says which money; the locale says how it is written ("1.234,56 €" or "€1,234.56"). Checked by the API
-- (people.web.TeamAdminController); en-GB for teams made before there was one.
alter table teams add column locale varchar(35) default 'en-GB' not null;

-- The demo's team writes money the German way; only a database seeded by the demo before V32 has it.
update teams set locale = 'de-DE' where name = 'Inside Sales' and currency = 'EUR' and time_zone = 'Europe/Berlin';

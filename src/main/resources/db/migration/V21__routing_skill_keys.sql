-- Routing now keeps a waiting request's required skill as its key (RoutingProfile.skillKey: stripped, lower case
-- by Java's root locale) and its PULL query compares keys made in Java, instead of calling the database's lower(),
-- whose result depends on the database's locale. Rows queued before this change are brought to the same form; their
-- skills were entered in ASCII, where lower() and the Java rule agree.
update routing_queue set required_skill = lower(trim(required_skill)) where required_skill is not null;
update routing_waiting set required_skill = lower(trim(required_skill)) where required_skill is not null;

-- security: which manager logins manage a team (docs/security.md, "A team's managers"). A team with none listed is
-- managed by every manager, as before V49; once its administrator lists some, only they (and administrators) may
-- change its reps' availability and routing settings.
create table team_managers (
    team_id  bigint       not null, -- people's team: a value, not a key (docs/database.md)
    username varchar(100) not null references users (username),
    primary key (team_id, username)
);

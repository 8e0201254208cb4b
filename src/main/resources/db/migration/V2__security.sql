-- security: logins. Passwords only as {id}hash strings of Spring Security's delegating encoder.
create table users (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    role          varchar(16)  not null check (role in ('REP', 'MANAGER', 'FINANCE', 'ADMIN')),
    enabled       boolean      not null
);

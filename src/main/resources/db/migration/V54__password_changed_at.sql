-- When a login's password was last set by a reset (null: never since it was created). A browser session signed in
-- before then ends at its next request (DisabledLoginSessions): a password reset because one leaked must also shut
-- out whoever signed in with it.
alter table users add column password_changed_at timestamp with time zone;

-- Where a user is notified (seed 004 §5.4, §5.5, §11: operators learn of modems lost and back, and of GPI changes,
-- by e-mail and/or SMS through the local GSM modem), and whether they want modem events at all.
alter table app_user add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$');
alter table app_user add column phone text check (phone is null or phone ~ '^\+?[0-9]{5,15}$');
alter table app_user add column notify_modem_events boolean not null default false;

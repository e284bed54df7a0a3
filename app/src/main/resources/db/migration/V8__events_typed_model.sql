-- The typed event model (issue 5): an event names its source as a device, a person and/or a module (`source`),
-- and its place as site and zone. Indexes serve the journal's keyset pages (newest first, ties by id) for each
-- search the console and the API offer; every partition inherits them.
alter table event add column person_id bigint, add column zone_id bigint;

drop index event_org_time_idx;
drop index event_device_time_idx;
create index event_time_idx on event (occurred_at desc, id desc);
create index event_org_time_idx on event (org_id, occurred_at desc, id desc);
create index event_device_time_idx on event (device_id, occurred_at desc, id desc) where device_id is not null;
create index event_person_time_idx on event (person_id, occurred_at desc, id desc) where person_id is not null;
create index event_site_time_idx on event (site_id, occurred_at desc, id desc) where site_id is not null;
create index event_zone_time_idx on event (zone_id, occurred_at desc, id desc) where zone_id is not null;
create index event_type_time_idx on event (type, occurred_at desc, id desc);

-- A device that keeps talking but reports a fault of its own is not active (issue 5): state FAULT.
alter table device drop constraint device_state_check;
alter table device add constraint device_state_check check (state in ('UNKNOWN', 'ONLINE', 'OFFLINE', 'FAULT'));

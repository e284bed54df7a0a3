-- Device registry: every piece of field equipment, whatever module speaks to it.
create table device (
    id            bigint generated always as identity primary key,
    org_id        bigint      not null references organization (id) on delete restrict,
    site_id       bigint      references site (id) on delete restrict,
    zone_id       bigint      references zone (id) on delete restrict,
    kind          text        not null check (kind in ('MODEM', 'HEAT_METER', 'READER', 'ATTENDANCE_TERMINAL',
                                                       'GSM_MODEM', 'EQUIPMENT')),
    name          text        not null check (length(trim(name)) > 0),
    identifier    text        not null check (length(trim(identifier)) > 0), -- serial number, IMEI, address
    connection    jsonb       not null default '{}'::jsonb,                   -- kind-specific settings
    state         text        not null default 'UNKNOWN' check (state in ('UNKNOWN', 'ONLINE', 'OFFLINE')),
    state_since   timestamptz not null default now(),
    last_seen_at  timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index device_identifier_key on device (org_id, kind, lower(identifier));
create index device_site_idx on device (site_id);

-- The event journal: append-only, partitioned by month on occurred_at. Partitions for the current and next
-- month are created by the application (EventPartitions); the default partition catches events whose device
-- clock is far off, so that no event is ever refused for its timestamp.
create table event (
    id           bigint generated always as identity,
    org_id       bigint      not null,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null default now(),
    type         text        not null,
    severity     text        not null check (severity in ('INFO', 'WARNING', 'MINOR', 'MAJOR', 'CRITICAL')),
    device_id    bigint,
    site_id      bigint,
    source       text,       -- free-form origin when there is no device (e.g. 'gateway', 'scheduler')
    message      text        not null,
    data         jsonb       not null default '{}'::jsonb,
    primary key (id, occurred_at)
) partition by range (occurred_at);
create index event_org_time_idx on event (org_id, occurred_at desc);
create index event_device_time_idx on event (device_id, occurred_at desc);
create table event_default partition of event default;

-- Creates the month's partition if missing. Rows that already landed in the default partition for that month
-- (an event stamped by a device clock running ahead) are moved into the new partition, since PostgreSQL refuses
-- to attach a partition whose range the default partition already holds rows for.
create function castellan_ensure_event_partition(month_start date) returns text
language plpgsql as $$
declare
    first_day date := date_trunc('month', month_start)::date;
    lo timestamptz := first_day::timestamptz;
    hi timestamptz := (first_day + interval '1 month')::timestamptz;
    part_name text := 'event_' || to_char(first_day, 'YYYY_MM');
begin
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    create temporary table castellan_moving_events on commit drop as
        with moved as (delete from event_default where occurred_at >= lo and occurred_at < hi returning *)
        select * from moved;
    execute format('create table %I partition of event for values from (%L) to (%L)', part_name, lo, hi);
    insert into event overriding system value select * from castellan_moving_events;
    drop table castellan_moving_events;
    return part_name;
end $$;

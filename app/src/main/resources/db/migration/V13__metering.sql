-- Heat metering (issue 6, seed 001): polling plans, meters bound to connections, the read queue, the archive store
-- and current-value snapshots. Times the meter keeps (archive periods, its clock) are its own wall-clock time, stored
-- as `timestamp` (without time zone) beside the meter's time zone; times Castellan keeps are `timestamptz`.

-- How often a meter is read and how far back its archives are kept complete. A null interval means "not read".
create table poll_plan (
    id               bigint generated always as identity primary key,
    org_id           bigint      not null references organization (id) on delete cascade,
    name             text        not null check (length(trim(name)) > 0),
    current_every    interval    check (current_every >= interval '1 minute'),
    hourly_every     interval    check (hourly_every >= interval '1 minute'),
    hourly_depth     int         not null default 168 check (hourly_depth between 1 and 50000), -- hours back
    daily_every      interval    check (daily_every >= interval '1 minute'),
    daily_depth      int         not null default 62 check (daily_depth between 1 and 5000),    -- days back
    monthly_every    interval    check (monthly_every >= interval '1 minute'),
    monthly_depth    int         not null default 13 check (monthly_depth between 1 and 240),   -- months back
    window_start     time,       -- the call window in the meter's time zone; both null: any time
    window_end       time,       -- may be before window_start: a window across midnight (22:00–06:00)
    wake_first       boolean     not null default false, -- an SMS wake-up to the modem before the read
    max_attempts     int         not null default 5 check (max_attempts between 1 and 100),
    retry_after      interval    not null default interval '2 minutes', -- the first pause; doubles per attempt
    silent_after     interval    not null default interval '3 hours',   -- no successful read for this long: alarm
    stale_after      interval    not null default interval '26 hours',  -- newest hourly record this old: alarm
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (org_id, name),
    check ((window_start is null) = (window_end is null))
);

-- A heat meter: a device of kind HEAT_METER plus how to reach it and what it measures for whom.
create table meter (
    id                bigint generated always as identity primary key,
    device_id         bigint      not null unique references device (id) on delete cascade,
    make              text        not null default 'TEM106' check (make in ('TEM106')),
    connection        text        not null check (connection in ('MODEM', 'TCP', 'SERIAL')),
    modem_id          bigint      references modem (id) on delete restrict,
    host              text,
    port              int         check (port between 1 and 65535),
    serial_port       text,       -- e.g. /dev/ttyUSB0
    baud_rate         int         not null default 9600,
    address           int         not null check (address between 0 and 255), -- RS-485 network address
    line              text        not null, -- the shared medium: modem:<id>, tcp:<host>:<port>, serial:<port>
    time_zone         text        not null default 'Europe/Moscow',
    plan_id           bigint      references poll_plan (id) on delete set null,
    -- from the device
    serial_number     text,
    model             text,
    systems           jsonb       not null default '[]'::jsonb, -- [{number, type, flowChannels, temperatureChannels, pressureChannels, deltaTMin, comma}]
    identified_at     timestamptz,
    -- for the statement
    consumer          text,
    contract_number   text,
    address_text      text,
    heat_supplier     text,
    next_verification date,
    reporting_day     int         not null default 1 check (reporting_day between 1 and 28),
    statement_system  int         not null default 1 check (statement_system between 1 and 6),
    return_system     int         check (return_system between 1 and 6),
    limits            jsonb       not null default '{}'::jsonb, -- {"1": {"tMin":…, "tMax":…, "gMin":…, "gMax":…, "dtMin":…}}
    -- what the last reads found
    clock_offset_s    bigint,     -- the meter's clock minus ours at the last current read, seconds
    last_attempt_at   timestamptz,
    last_success_at   timestamptz,
    last_error        text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (connection <> 'MODEM' or modem_id is not null),
    check (connection <> 'TCP' or (host is not null and port is not null)),
    check (connection <> 'SERIAL' or serial_port is not null)
);
create index meter_line_idx on meter (line);
create index meter_plan_idx on meter (plan_id);
create unique index meter_line_address_key on meter (line, address);

-- When each kind of read is next due for a meter (the scheduler's memory between ticks).
create table meter_schedule (
    meter_id     bigint      not null references meter (id) on delete cascade,
    what         text        not null check (what in ('CURRENT', 'HOURLY', 'DAILY', 'MONTHLY')),
    next_due_at  timestamptz not null,
    last_run_at  timestamptz,
    primary key (meter_id, what)
);

-- The read queue: each row one read of one meter, claimed by the node that can reach the meter's line.
create table read_job (
    id              bigint generated always as identity primary key,
    meter_id        bigint      not null references meter (id) on delete cascade,
    line            text        not null,
    what            text        not null check (what in ('CURRENT', 'HOURLY', 'DAILY', 'MONTHLY', 'IDENTIFY')),
    priority        int         not null default 0, -- higher first: 100 for a person's "read now"
    state           text        not null default 'QUEUED' check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    claimed_by      text,
    lease_until     timestamptz,
    done            int         not null default 0, -- progress: periods read (archives) or steps
    total           int         not null default 0,
    records         int         not null default 0, -- records stored by this job
    error           text,
    requested_by    text,       -- a person's login for on-demand reads, else null (the plan)
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
create index read_job_due_idx on read_job (priority desc, next_attempt_at) where state = 'QUEUED';
create index read_job_running_idx on read_job (line) where state = 'RUNNING';
create index read_job_meter_idx on read_job (meter_id, created_at desc);
-- one waiting or running job per meter and kind of read: the plan never piles up repeats behind a slow line
create unique index read_job_one_open on read_job (meter_id, what) where state in ('QUEUED', 'RUNNING');

-- Archive records, one per meter, interval and period; partitioned by month of the period's start (created on
-- demand by the store, see castellan_ensure_archive_partition). Idempotent: a record read twice is stored once.
create table archive_record (
    meter_id       bigint      not null,
    interval_kind  text        not null check (interval_kind in ('HOURLY', 'DAILY', 'MONTHLY')),
    period_start   timestamp   not null, -- the meter's wall-clock time
    written_at     timestamp   not null, -- the meter's wall-clock time
    systems        jsonb       not null, -- [{number, energy:{i,f,comma,scale,value}, mass, volume, operating, e1..e4, errorBits}]
    error_bits     int         not null default 0, -- all systems' bits OR-ed, for a quick filter
    temperatures   real[]      not null,
    pressures      real[]      not null,
    total_energy   jsonb,
    powered_s      bigint      not null,
    raw            bytea       not null,
    stored_at      timestamptz not null default now(),
    primary key (meter_id, interval_kind, period_start)
) partition by range (period_start);
create table archive_record_default partition of archive_record default;

create function castellan_ensure_archive_partition(month_start date) returns text
language plpgsql as $$
declare
    first_day date := date_trunc('month', month_start)::date;
    lo timestamp := first_day::timestamp;
    hi timestamp := (first_day + interval '1 month')::timestamp;
    part_name text := 'archive_record_' || to_char(first_day, 'YYYY_MM');
begin
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    perform pg_advisory_xact_lock(hashtext(part_name));
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    create temporary table castellan_moving_records on commit drop as
        with moved as (delete from archive_record_default where period_start >= lo and period_start < hi returning *)
        select * from moved;
    execute format('create table %I partition of archive_record for values from (%L) to (%L)', part_name, lo, hi);
    insert into archive_record select * from castellan_moving_records;
    drop table castellan_moving_records;
    return part_name;
end $$;

-- Periods a read asked for and the meter did not have: retried with pauses, then given up (shown as lost).
create table archive_gap_attempt (
    meter_id       bigint      not null references meter (id) on delete cascade,
    interval_kind  text        not null,
    period_start   timestamp   not null,
    attempts       int         not null,
    last_attempt_at timestamptz not null,
    primary key (meter_id, interval_kind, period_start)
);

-- Current values as read, kept for castellan.metering.current-retention; partitioned by month of taken_at.
create table current_snapshot (
    meter_id      bigint      not null,
    taken_at      timestamptz not null,
    meter_clock   timestamp   not null,
    temperatures  real[]      not null,
    pressures     real[]      not null,
    volume_flows  real[]      not null,
    mass_flows    real[]      not null,
    systems       jsonb       not null,
    primary key (meter_id, taken_at)
) partition by range (taken_at);
create table current_snapshot_default partition of current_snapshot default;

create function castellan_ensure_snapshot_partition(month_start date) returns text
language plpgsql as $$
declare
    first_day date := date_trunc('month', month_start)::date;
    lo timestamptz := first_day::timestamptz;
    hi timestamptz := (first_day + interval '1 month')::timestamptz;
    part_name text := 'current_snapshot_' || to_char(first_day, 'YYYY_MM');
begin
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    perform pg_advisory_xact_lock(hashtext(part_name));
    if to_regclass(part_name) is not null then
        return part_name;
    end if;
    create temporary table castellan_moving_snapshots on commit drop as
        with moved as (delete from current_snapshot_default where taken_at >= lo and taken_at < hi returning *)
        select * from moved;
    execute format('create table %I partition of current_snapshot for values from (%L) to (%L)', part_name, lo, hi);
    insert into current_snapshot select * from castellan_moving_snapshots;
    drop table castellan_moving_snapshots;
    return part_name;
end $$;

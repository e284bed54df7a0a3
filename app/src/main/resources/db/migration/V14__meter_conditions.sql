-- Heat meters' abnormal situations (issue 6, org.castellan.metering.conditions): the conditions active now, one row
-- per meter, system and condition. A row exists exactly while its meter.abnormal alarm's condition lasts: rows and
-- metering.abnormal / metering.normal events are written in one transaction.
create table meter_condition (
    meter_id   bigint      not null references meter (id) on delete cascade,
    system     int         not null check (system between 0 and 6), -- 0: the meter as a whole (SILENT, STALE)
    condition  text        not null check (length(condition) between 1 and 40),
    since      timestamptz not null,
    details    jsonb       not null default '{}'::jsonb, -- what was seen when it began (period, value, limit…)
    primary key (meter_id, system, condition)
);

-- Notification rules (issue 5, docs/architecture.md "notify"): which events or alarms go to which users, roles
-- ("groups": the organization's users holding that role) and endpoints, through which channels; quiet hours
-- (critical passes); grace (an alarm cleared within it notifies nobody); reminders while the alarm stays active;
-- escalation steps while it stays unacknowledged. Endpoint ids point at notification_endpoint (V10, another
-- part of notify) without a foreign key, so that the two migrations stay independent.
create table notification_rule (
    id             bigint generated always as identity primary key,
    org_id         bigint      not null references organization (id) on delete cascade,
    name           text        not null check (length(name) between 1 and 200),
    enabled        boolean     not null default true,
    subject        text        not null check (subject in ('EVENTS', 'ALARMS')),
    kinds          text[]      not null default '{}',
    min_severity   text        not null check (min_severity in ('INFO', 'WARNING', 'MINOR', 'MAJOR', 'CRITICAL')),
    site_id        bigint references site (id) on delete cascade,
    channels       text[]      not null default '{}',
    user_ids       bigint[]    not null default '{}',
    roles          text[]      not null default '{}',
    endpoint_ids   bigint[]    not null default '{}',
    quiet_from     time,
    quiet_to       time,
    quiet_zone     text,
    grace          interval    not null default '0 seconds',
    reminder_every interval,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((quiet_from is null) = (quiet_to is null) and (quiet_from is null) = (quiet_zone is null))
);
create index notification_rule_org_idx on notification_rule (org_id);

-- Escalation: when the alarm is still unacknowledged `after` its raising, step N's recipients are notified.
create table notification_rule_step (
    rule_id  bigint   not null references notification_rule (id) on delete cascade,
    step_no  int      not null check (step_no >= 1),
    after    interval not null,
    user_ids bigint[] not null default '{}',
    roles    text[]   not null default '{}',
    primary key (rule_id, step_no)
);

-- What notify knows of an alarm, learnt from the alarm.* events only (notify never reads the alarms tables):
-- enough to decide whether timed work still applies and to write the message text again later.
create table notification_alarm_state (
    alarm_id     bigint primary key,
    org_id       bigint      not null,
    event_id     bigint      not null,
    raised_at    timestamptz not null,
    alarm_type   text        not null,
    severity     text        not null,
    site_id      bigint,
    device_id    bigint,
    message      text        not null default '',
    count        int         not null default 1,
    acknowledged boolean     not null default false,
    cleared      boolean     not null default false,
    updated_at   timestamptz not null default now()
);

-- Timed work for an alarm under a rule: the first message after grace, escalation steps, reminders. Written when
-- alarm.raised matches a rule; cancelled (done) by alarm.acknowledged (escalations) and alarm.cleared (all).
create table notification_schedule (
    id       bigint generated always as identity primary key,
    alarm_id bigint      not null,
    rule_id  bigint      not null references notification_rule (id) on delete cascade,
    kind     text        not null check (kind in ('GRACE', 'ESCALATION', 'REMINDER')),
    step     int         not null default 0,
    due_at   timestamptz not null,
    done     boolean     not null default false
);
create index notification_schedule_due_idx on notification_schedule (due_at) where not done;
create index notification_schedule_alarm_idx on notification_schedule (alarm_id) where not done;

-- The dispatchers' duty log (issue 5, DB33/T 830 §4.4.1): 24-hour duty shifts (§4.4.1.1), the entries written
-- during them, among them the daytime inspection record (§4.4.1.3), and the handover at which the outgoing
-- dispatcher confirms the current situation (§4.4.1.4) and the incoming one accepts it.
-- Names are kept as they were at the time (the printed log shows who was on duty then, not today's display name).
create table duty_shift (
    id              bigint generated always as identity primary key,
    org_id          bigint      not null references organization (id) on delete cascade,
    dispatcher_id   bigint      not null references app_user (id),
    dispatcher_name text        not null,
    started_at      timestamptz not null,
    planned_end     timestamptz not null,
    ended_at        timestamptz,
    state           text        not null default 'OPEN' check (state in ('OPEN', 'HANDED_OVER', 'CLOSED')),
    check ((state = 'OPEN') = (ended_at is null))
);
-- one open shift per organization: the 24-hour duty has exactly one dispatcher at a time
create unique index duty_shift_one_open on duty_shift (org_id) where state = 'OPEN';
create index duty_shift_org_started on duty_shift (org_id, started_at desc);

create table duty_entry (
    id          bigint generated always as identity primary key,
    shift_id    bigint      not null references duty_shift (id) on delete cascade,
    org_id      bigint      not null references organization (id) on delete cascade,
    author_id   bigint      not null references app_user (id),
    author_name text        not null,
    at          timestamptz not null,
    kind        text        not null check (kind in ('NOTE', 'INSPECTION', 'INCIDENT')),
    text        text        not null check (length(text) between 1 and 4000)
);
create index duty_entry_shift on duty_entry (shift_id, at);

create table duty_handover (
    id             bigint generated always as identity primary key,
    org_id         bigint      not null references organization (id) on delete cascade,
    from_shift_id  bigint      not null references duty_shift (id) on delete cascade,
    to_shift_id    bigint      references duty_shift (id) on delete cascade, -- set when accepted
    outgoing_id    bigint      not null references app_user (id),
    outgoing_name  text        not null,
    incoming_id    bigint      references app_user (id),
    incoming_name  text,
    situation      jsonb       not null, -- {"items": [...]}: what the outgoing dispatcher confirmed
    outgoing_note  text,
    confirmed_at   timestamptz not null,
    accepted_at    timestamptz,
    accepted_note  text,
    cancelled_at   timestamptz,
    state          text        not null default 'CONFIRMED' check (state in ('CONFIRMED', 'ACCEPTED', 'CANCELLED')),
    check ((state = 'ACCEPTED') = (accepted_at is not null and to_shift_id is not null and incoming_id is not null))
);
-- at most one handover waiting for acceptance per shift
create unique index duty_handover_one_pending on duty_handover (from_shift_id) where state = 'CONFIRMED';
create index duty_handover_org_confirmed on duty_handover (org_id, confirmed_at desc);

-- notify (issue 5): every notification is a delivery row; a worker on any application node claims due rows with
-- "for update skip locked" (docs/architecture.md, notify). Endpoints are the webhook URLs and MQTT topics an
-- organization sends to.

create table notification_endpoint (
    id          bigserial primary key,
    org_id      bigint not null references organization (id) on delete cascade,
    kind        varchar(16) not null check (kind in ('WEBHOOK', 'MQTT')),
    name        varchar(100) not null,
    url         varchar(2000),
    topic       varchar(500),
    secret      varchar(200),
    enabled     boolean not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check ((kind = 'WEBHOOK' and url is not null) or (kind = 'MQTT' and topic is not null))
);
create unique index notification_endpoint_name on notification_endpoint (org_id, lower(name));

create table notification_delivery (
    id              bigserial primary key,
    org_id          bigint not null references organization (id) on delete cascade,
    channel         varchar(16) not null check (channel in ('EMAIL', 'SMS', 'WEBHOOK', 'MQTT')),
    address         varchar(320) not null,
    user_id         bigint,
    subject         text not null,
    body            text not null,
    payload         jsonb not null default '{}',
    status          varchar(16) not null check (status in ('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts        int not null default 0,
    last_error      text,
    queued_at       timestamptz not null,
    sent_at         timestamptz,
    next_attempt_at timestamptz,
    event_id        bigint,
    alarm_id        bigint,
    rule_id         bigint,
    claimed_by      varchar(100),
    claimed_until   timestamptz
);
-- the worker: due rows of the two waiting states only
create index notification_delivery_due on notification_delivery (status, next_attempt_at)
    where status in ('QUEUED', 'RETRYING');
-- the console and the API: an organization's newest first
create index notification_delivery_org on notification_delivery (org_id, queued_at desc, id desc);

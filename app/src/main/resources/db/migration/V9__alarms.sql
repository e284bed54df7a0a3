-- Alarms (issue 5, docs/architecture.md "alarms"): conditions that need a person. One open alarm per
-- organization + source + type: the partial unique index lets a repeat be one atomic upsert.
create table alarm (
    id               bigserial primary key,
    org_id           bigint       not null references organization (id) on delete cascade,
    type             varchar(64)  not null,
    source_key       varchar(100) not null,
    device_id        bigint,
    site_id          bigint,
    zone_id          bigint,
    severity         varchar(10)  not null check (severity in ('WARNING', 'MINOR', 'MAJOR', 'CRITICAL')),
    title            varchar(300) not null,
    details          jsonb        not null default '{}',
    count            integer      not null default 1,
    first_at         timestamptz  not null,
    last_at          timestamptz  not null,
    raised_by        bigint,
    acknowledged_at  timestamptz,
    acknowledged_by  bigint,
    cleared_at       timestamptz,
    cleared_by       bigint,
    clear_reason     varchar(500),
    auto_cleared     boolean      not null default false,
    assignee_id      bigint,
    -- no foreign key: the maintenance issue adds repair orders and may add it then
    repair_order_id  bigint,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);

create unique index alarm_open_key on alarm (org_id, source_key, type) where cleared_at is null;
create index alarm_org_open_idx on alarm (org_id, severity) where cleared_at is null;
create index alarm_org_cleared_idx on alarm (org_id, cleared_at desc) where cleared_at is not null;

create table alarm_comment (
    id          bigserial primary key,
    alarm_id    bigint       not null references alarm (id) on delete cascade,
    author_id   bigint,
    author_name varchar(200) not null,
    text        varchar(2000) not null,
    at          timestamptz  not null
);
create index alarm_comment_alarm_idx on alarm_comment (alarm_id, at);

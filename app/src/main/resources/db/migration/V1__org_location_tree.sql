-- The location tree every later module hangs devices, meters, doors and equipment on:
-- organizations → sites → zones. Deleting a node that still has children is refused (RESTRICT) so that nothing
-- below it is lost by accident; the service layer turns that into a clear message.

create table organization (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(trim(name)) > 0),
    code        text        not null check (code ~ '^[A-Za-z0-9_-]{1,32}$'),
    time_zone   text        not null default 'UTC',
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index organization_code_key on organization (lower(code));
create unique index organization_name_key on organization (lower(name));

create table site (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references organization (id) on delete restrict,
    name        text        not null check (length(trim(name)) > 0),
    address     text,
    time_zone   text,       -- null: the organization's
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index site_name_key on site (org_id, lower(name));

create table zone (
    id          bigint generated always as identity primary key,
    org_id      bigint      not null references organization (id) on delete restrict,
    site_id     bigint      not null references site (id) on delete restrict,
    name        text        not null check (length(trim(name)) > 0),
    description text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index zone_name_key on zone (site_id, lower(name));
create index zone_org_idx on zone (org_id);

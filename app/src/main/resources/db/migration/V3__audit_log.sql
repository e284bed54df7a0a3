-- Every change made by a person or through the API: who, when, through what, which entity, before → after.
-- Append-only: the application never updates or deletes rows here.

create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor_id    bigint      references app_user (id),
    actor_name  text        not null,
    channel     text        not null check (channel in ('CONSOLE', 'API', 'SYSTEM')),
    org_id      bigint,     -- no foreign key: the entry outlives a deleted organization
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before      jsonb,
    after       jsonb
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_org_at_idx on audit_log (org_id, at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

-- People who log in. A user has roles and is scoped to organizations; all_orgs marks a platform administrator
-- who sees every organization (the first-start `admin`). Users are disabled, never deleted, so that the audit log
-- keeps naming them.

create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null check (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
    display_name  text        not null,
    password_hash text        not null,
    locale        text        not null default 'en' check (locale in ('en', 'ru', 'zh')),
    time_zone     text        not null default 'UTC',
    enabled       boolean     not null default true,
    all_orgs      boolean     not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index app_user_username_key on app_user (lower(username));

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null check (role in ('ADMIN', 'DISPATCHER', 'ENGINEER', 'TIMEKEEPER', 'VIEWER')),
    primary key (user_id, role)
);

create table user_org (
    user_id bigint not null references app_user (id) on delete cascade,
    org_id  bigint not null references organization (id) on delete cascade,
    primary key (user_id, org_id)
);
create index user_org_org_idx on user_org (org_id);

-- Bearer tokens for the API and the command line. Only a SHA-256 of the token is kept: tokens are 256 random
-- bits, so a slow hash adds nothing, and a lookup by hash stays one index probe per request.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

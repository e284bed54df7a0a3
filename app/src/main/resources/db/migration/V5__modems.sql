-- The modem gateway's registry (issue 4, seed 004 §6.1): every GPRS modem the gateway has seen or an engineer has
-- registered, keyed by (IMEI, channel). A modem with a device row belongs to that device's organization; one without
-- is pending: the gateway saw an IMEI nobody registered, and a platform administrator assigns it (or, with the
-- allow-list on, it is refused until then).
create table modem (
    id              bigint generated always as identity primary key,
    imei            text        not null check (imei ~ '^[0-9A-Za-z._-]{1,64}$'), -- or a registration packet's identifier
    channel         int         not null default 0 check (channel >= 0),
    device_id       bigint      unique references device (id) on delete set null,
    org_id          bigint      references organization (id) on delete set null, -- the device's, for scoping; ignored while device_id is null
    phone           text,       -- the SIM's number, for wake-up calls and SMS
    model           text,
    firmware        text,
    identity        jsonb       not null default '{}'::jsonb,      -- every key/value of the last identification line
    sim_slot        int,
    iccid           text,
    csq             int,
    dbm             int,
    temperature     int,
    gpio            text,       -- pins as the modem reports them, e.g. '80 82 C0'
    poller_port     int         unique check (poller_port between 1 and 65535),
    sharing         text        not null default 'TURNS' check (sharing in ('EXCLUSIVE', 'TURNS', 'BROADCAST')),
    online          boolean     not null default false,
    remote          text,       -- the modem's address on its current or last connection
    node            text,       -- the gateway node holding its session
    refused         boolean     not null default false, -- last attempt refused by the allow-list
    first_seen_at   timestamptz,
    connected_at    timestamptz,
    disconnected_at timestamptz,
    offline_reason  text,
    last_seen_at    timestamptz,
    status_at       timestamptz,
    notes           text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (imei, channel)
);
create index modem_org_idx on modem (org_id);

-- One row per ended modem connection: the session history with byte counts.
create table modem_session (
    id                bigint generated always as identity primary key,
    modem_id          bigint      not null references modem (id) on delete cascade,
    remote            text,
    started_at        timestamptz not null,
    ended_at          timestamptz not null,
    bytes_from_modem  bigint      not null default 0,
    bytes_to_modem    bigint      not null default 0,
    end_reason        text        not null
);
create index modem_session_modem_idx on modem_session (modem_id, started_at desc);

-- Commands for a modem from the console or the API, carried out by the gateway node that holds the modem's session
-- (in this process or a standalone `castellan gateway`): the node claims a row, runs it and writes the answer.
create table modem_command (
    id           bigint generated always as identity primary key,
    modem_id     bigint      not null references modem (id) on delete cascade,
    kind         text        not null check (kind in ('STATUS', 'SIGNAL', 'GPIO', 'TEMPERATURE', 'ICCID', 'OUTPUT',
                                                      'TEXT', 'WAKE')),
    argument     text,
    state        text        not null default 'PENDING' check (state in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    answer       text,
    error        text,
    requested_by bigint      references app_user (id) on delete set null,
    requested_at timestamptz not null default now(),
    claimed_by   text,
    finished_at  timestamptz
);
create index modem_command_pending_idx on modem_command (requested_at) where state = 'PENDING';

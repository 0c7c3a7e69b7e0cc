-- The access and disclosure log (client data act 703/2023): one row per read, print, export or
-- disclosure of client data. Append-only for the application: it may INSERT and SELECT, never
-- UPDATE, DELETE or TRUNCATE. Tamper evidence comes from a hash chain kept in access_log_seal,
-- which a single sealer (advisory lock) appends to a few seconds after the rows are written, so
-- that writing a log row never waits for a global lock.
create table access_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    account_id     uuid,
    username       text not null,
    role           text not null,
    org_unit       text,
    area_id        smallint,
    client_id      uuid,
    data_kind      text not null,
    purpose        text not null,
    action         text not null check (action in ('VIEW', 'PRINT', 'EXPORT', 'API_READ', 'DISCLOSURE')),
    outcome        text not null check (outcome in ('GRANTED', 'DENIED')),
    break_glass    boolean not null default false,
    recipient      text,
    legal_basis    text,
    correlation_id text,
    check (action <> 'DISCLOSURE' or (recipient is not null and legal_basis is not null))
);
create index access_log_client_idx on access_log (client_id, occurred_at) where client_id is not null;
create index access_log_break_glass_idx on access_log (area_id, occurred_at) where break_glass;

create table access_log_seal (
    seq       bigint primary key,
    log_id    bigint not null unique,
    prev_hash bytea not null,
    row_hash  bytea not null,
    sealed_at timestamptz not null
);

revoke update, delete, truncate on access_log, access_log_seal from ${app_role};

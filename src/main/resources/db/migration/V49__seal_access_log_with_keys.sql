-- The access log's chain is sealed with a keyed MAC from now on (HMAC-SHA-256, key file outside the database,
-- decision 0034): whoever can write the database can no longer re-compute the chain after changing a row.
-- The unkeyed SHA-256 seals made so far are kept, frozen, under a new name and are still verified; the application
-- seals every row again into the new keyed chain, the oldest first, in its first runs after this migration.
alter table access_log_seal rename to access_log_seal_unkeyed;
alter table access_log_seal_unkeyed rename constraint access_log_seal_pkey to access_log_seal_unkeyed_pkey;
alter table access_log_seal_unkeyed rename constraint access_log_seal_log_id_key to access_log_seal_unkeyed_log_id_key;
revoke insert on access_log_seal_unkeyed from ${app_role};

-- key_version: the line of the key file whose key made row_hash (a MAC over prev_hash and the row's columns);
-- a new version continues the same chain from the last seal made with the previous one.
create table access_log_seal (
    seq         bigint primary key,
    log_id      bigint not null unique,
    key_version integer not null check (key_version > 0),
    prev_hash   bytea not null,
    row_hash    bytea not null,
    sealed_at   timestamptz not null
);

revoke update, delete, truncate on access_log_seal from ${app_role};

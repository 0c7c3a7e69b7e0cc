-- Rectification (GDPR art. 16): staff correct a client's details on the client's request; the previous value stays
-- here with who corrected it, when and why.
create table client_correction (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    area_id        smallint not null references welfare_area (id),
    field          text not null check (field in ('FIRST_NAME', 'LAST_NAME', 'PREFERRED_LANGUAGE')),
    previous_value text,
    new_value      text not null,
    reason         text not null check (length(reason) between 1 and 2000),
    corrected_at   timestamptz not null,
    corrected_by   uuid not null references user_account (id)
);
create index client_correction_client_idx on client_correction (client_id, corrected_at);

-- A client's contact details (issue 24 §7, decision 0078): phone, e-mail and postal address, each with the client's
-- permission to use that channel. Recorded by the team; a correction keeps the replaced values as a revision with a
-- reason (record_revision, decision 0070); the client turns a channel off on their own pages. Personal data like the
-- rest: read through the access decision, in the client's data copy, erased with the client, never in a research
-- extract (no published fact names it except the channels notifications may use).
create table client_contact (
    client_id      uuid primary key references client (id),
    area_id        smallint not null,
    phone          text check (phone ~ '^\+?[0-9][0-9 -]{4,19}$'),
    email          text check (length(email) between 3 and 254),
    postal_address text check (length(postal_address) between 1 and 300),
    phone_allowed  boolean not null default false,
    email_allowed  boolean not null default false,
    post_allowed   boolean not null default false,
    recorded_at    timestamptz not null,
    recorded_by    uuid not null,
    version        integer not null default 0,
    -- a permission is for a channel the client gave
    check (not phone_allowed or phone is not null),
    check (not email_allowed or email is not null),
    check (not post_allowed or postal_address is not null)
);

-- notifications: the channels a client may be reached by now (given and allowed); a channel turned off is not here
create view clients_facts_contact_channel as
select client_id, 'EMAIL' as channel, email as address from client_contact where email_allowed
union all
select client_id, 'SMS' as channel, phone as address from client_contact where phone_allowed;

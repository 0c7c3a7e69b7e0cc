-- Client accounts (identity). A coach invites a client from the client record: the invite is a one-time link
-- with an unguessable token (256 bits), of which only the SHA-256 hash is stored; it expires after 7 days and
-- can be used once. The account it creates has the single role CLIENT and is linked to exactly one client.
-- A national OIDC login (Suomi.fi-style) would add rows to client_account for the subject it verified instead
-- of going through an invite (docs/decisions/0018-client-accounts.md).
create table client_invite (
    token_hash  text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    client_id   uuid not null references client (id),
    area_id     smallint not null references welfare_area (id),
    display_name text not null check (length(display_name) between 1 and 200),
    invited_by  uuid not null references user_account (id),
    invited_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > invited_at)
);
create index client_invite_client_idx on client_invite (client_id);

create table client_account (
    account_id uuid primary key references user_account (id) on delete cascade,
    client_id  uuid not null unique references client (id),
    area_id    smallint not null references welfare_area (id),
    created_at timestamptz not null
);

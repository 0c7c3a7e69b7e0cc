-- A password an administrator set is the administrator's, not the user's: it must be changed at the
-- first login (issue 21). And the first administrator of a fresh database is made by an operator
-- command with a one-time setup link (issue 31): only the link's hash is kept, it expires and works once.
alter table user_account add column password_change_required boolean not null default false;

create table account_setup_link (
    token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    account_id uuid not null references user_account (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_setup_link_account_idx on account_setup_link (account_id);

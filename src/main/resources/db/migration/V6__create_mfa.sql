-- Second factor: a TOTP secret per account (RFC 6238) and single-use recovery codes (hashed).
-- last_used_step makes every code single-use: a code is accepted only for a later time step.
create table mfa_credential (
    account_id     uuid primary key references user_account (id) on delete cascade,
    secret         text not null,
    enrolled_at    timestamptz not null,
    last_used_step bigint not null default 0
);

create table mfa_recovery_code (
    account_id uuid not null references user_account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

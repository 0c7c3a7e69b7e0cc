-- E-mailed one-time codes as a client's second login step instead of an authenticator app (issue 13, decision 0026).
-- Mail leaves through an outbox: a row is written in the same transaction as the code, a sender delivers it through
-- the configured relay and then clears the body, so no code stays readable after it was sent.
create table mail_outbox (
    id         uuid primary key,
    recipient  text not null check (length(recipient) between 3 and 254),
    subject    text not null check (length(subject) between 1 and 200),
    body       text check (length(body) <= 4000),
    created_at timestamptz not null,
    sent_at    timestamptz,
    attempts   integer not null default 0
);
create index mail_outbox_unsent_idx on mail_outbox (created_at) where sent_at is null;

-- The address an account gets its codes at, enrolled by proving a code sent to it.
create table mfa_email (
    account_id  uuid primary key references user_account (id) on delete cascade,
    email       text not null check (length(email) between 3 and 254),
    enrolled_at timestamptz not null
);

-- The one code an account may use now: only its SHA-256 (salted with the account id), short-lived, a few attempts;
-- when and how often codes were sent, for the rate limit.
create table mfa_email_code (
    account_id    uuid primary key references user_account (id) on delete cascade,
    code_hash     text not null check (code_hash ~ '^[0-9a-f]{64}$'),
    expires_at    timestamptz not null,
    attempts      smallint not null default 0,
    sent_at       timestamptz not null,
    window_start  timestamptz not null,
    sent_in_window smallint not null
);

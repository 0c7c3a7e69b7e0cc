-- Staff single sign-on (issue 26 §1, decision 0071): each welfare area may name its own OpenID Connect provider.
-- The client secret is never stored here: only where it is read from (an environment variable or a file).
create table area_sign_in_provider (
    area_id           smallint primary key references welfare_area (id),
    issuer            text not null check (issuer ~ '^https?://[^ ]+$' and length(issuer) <= 500),
    oidc_client_id    text not null check (length(oidc_client_id) between 1 and 200),
    client_secret_ref text not null check (client_secret_ref ~ '^(env:[A-Za-z_][A-Za-z0-9_]*|file:/[^ ]+)$'),
    -- the claim whose value finds the Placera account at the first sign-in, and what it is compared with
    link_claim        text not null check (link_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    link_to           text not null check (link_to in ('EMAIL', 'USERNAME')),
    -- the claim (acr, amr or another) and the values of it that prove multi-factor authentication
    mfa_claim         text not null check (mfa_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    mfa_values        text not null check (length(mfa_values) between 1 and 500),
    without_mfa       text not null check (without_mfa in ('REFUSE', 'ASK_TOTP')),
    version           integer not null default 0
);

-- The provider's subject linked to a Placera account at the first sign-in: (issuer, sub) is the person at the provider.
create table account_provider_link (
    issuer     text not null,
    subject    text not null check (length(subject) between 1 and 255),
    account_id uuid not null unique references user_account (id) on delete cascade,
    linked_at  timestamptz not null,
    primary key (issuer, subject)
);

-- organisation: a staff member's work e-mail, which an area's provider may name its people by (account linking)
create view organisation_facts_staff_email as
select id as staff_member_id, area_id, email from staff_member;

-- Clients' strong identification (issue 26 §2, decision 0077): an area may name the OpenID Connect provider (a
-- Suomi.fi e-Identification or Finnish Trust Network broker) through which its clients sign in; a national one is an
-- application setting. The client secret is never stored here: only where it is read from. The provider hands over
-- the personal identity code in the named claim.
create table area_client_sign_in_provider (
    area_id             smallint primary key references welfare_area (id),
    issuer              text not null check (issuer ~ '^https?://[^ ]+$' and length(issuer) <= 500),
    oidc_client_id      text not null check (length(oidc_client_id) between 1 and 200),
    client_secret_ref   text not null check (client_secret_ref ~ '^(env:[A-Za-z_][A-Za-z0-9_]*|file:/[^ ]+)$'),
    identity_code_claim text not null check (identity_code_claim ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    version             integer not null default 0
);

-- Integrations with client credentials (issue 26 §3, decision 0077): a system of a welfare area (its patient-record
-- integration engine, a data warehouse) calls /api/v1 with a bearer token from the area's provider. The area's
-- administrator registers it: its OAuth client id at that provider, a name the access log shows, and the read-only
-- scopes it may use. Nothing is secret here: the provider holds the system's credentials.
create table area_integration (
    area_id        smallint not null references welfare_area (id),
    oidc_client_id text not null check (length(oidc_client_id) between 1 and 200),
    name           text not null check (length(name) between 1 and 200),
    scopes         text not null check (scopes ~ '^placera\.[a-z]+\.read( placera\.[a-z]+\.read)*$'),
    registered_by  uuid references user_account (id) on delete set null,
    registered_at  timestamptz not null,
    primary key (area_id, oidc_client_id)
);

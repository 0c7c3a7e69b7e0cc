-- The cooperation agreement a client makes with the IPS service, and the client's consents to
-- exchange information: per party (a care team, employment services, Kela, an employer, another named
-- party) and per kind of information, with validity. A withdrawal takes effect at once: the access
-- decision reads this table on every request.
create table cooperation_agreement (
    id          uuid primary key,
    client_id   uuid not null unique references client (id),
    area_id     smallint not null references welfare_area (id),
    agreed_on   date not null,
    how_agreed  text not null check (how_agreed in ('PAPER_SIGNATURE', 'STRONG_IDENTIFICATION', 'VERBAL_WITH_WITNESS')),
    witness     text check (length(witness) <= 200),
    recorded_by uuid not null,
    check ((how_agreed = 'VERBAL_WITH_WITNESS') = (witness is not null))
);

create table consent (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    area_id      smallint not null references welfare_area (id),
    party_type   text not null check (party_type in ('CARE_TEAM', 'EMPLOYMENT_SERVICES', 'KELA', 'EMPLOYER', 'OTHER')),
    party_id     uuid,
    party_name   text check (length(party_name) <= 200),
    kind         text not null,
    valid_from   date not null,
    valid_until  date,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    recorded_by  uuid not null,
    check (valid_until is null or valid_until >= valid_from),
    check ((party_type = 'CARE_TEAM') = (party_id is not null))
);
create index consent_lookup_idx on consent (client_id, party_type, party_id, kind) where withdrawn_at is null;

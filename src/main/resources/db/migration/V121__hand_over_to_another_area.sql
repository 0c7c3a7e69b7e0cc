-- Handing a client over to another welfare area (issue 24 §4, decision 0082).

-- The areas' names, for a consent that names the area it allows to be told (consent keeps the name it was given).
create or replace view organisation_facts_area as
select id as area_id, code, name_fi, name_sv from welfare_area;

-- A consent to disclose to another welfare area names the area (and keeps its Finnish name as the party's name).
alter table consent drop constraint consent_party_type_check;
alter table consent add constraint consent_party_type_check check (party_type in
    ('CARE_TEAM', 'EMPLOYMENT_SERVICES', 'KELA', 'OCCUPATIONAL_HEALTH', 'SOCIAL_SERVICES', 'EDUCATION', 'EMPLOYER',
     'WELFARE_AREA', 'OTHER'));
alter table consent add column welfare_area_id smallint references welfare_area (id);
alter table consent add constraint consent_welfare_area_party_ck
    check ((party_type = 'WELFARE_AREA') = (welfare_area_id is not null));

-- The sending side: the client handed over, to which area and team, by whom. The episode ends with the service
-- (service_end: the client's choice, destination MOVED) in the same transaction.
create table area_handover (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    to_area_id      smallint not null references welfare_area (id),
    to_team_id      uuid not null references ips_team (id),
    handed_over_by  uuid not null,
    handed_over_at  timestamptz not null,
    check (to_area_id <> area_id)
);

-- The receiving side: a new client of the receiving area, and the summary's two days (the rest of the summary is the
-- client row: names, identity code, language). No link to the sending area's client: that is another controller's.
create table client_arrival (
    client_id     uuid primary key references client (id),
    area_id       smallint not null references welfare_area (id),
    from_area_id  smallint not null references welfare_area (id),
    arrived_on    date not null,
    referred_on   date,
    enrolled_on   date,
    check (from_area_id <> area_id)
);

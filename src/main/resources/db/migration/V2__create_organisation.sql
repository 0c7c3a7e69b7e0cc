-- Welfare areas (hyvinvointialueet / välfärdsområden): the 21 areas and the City of Helsinki.
create table welfare_area (
    id      smallint primary key,
    code    text not null unique check (code ~ '^[A-Z]{2,5}$'),
    name_fi text not null check (length(name_fi) between 1 and 200),
    name_sv text not null check (length(name_sv) between 1 and 200),
    version integer not null default 0
);

insert into welfare_area (id, code, name_fi, name_sv) values
    (1,  'IUU',  'Itä-Uusimaa',          'Östra Nyland'),
    (2,  'KUU',  'Keski-Uusimaa',        'Mellersta Nyland'),
    (3,  'LUU',  'Länsi-Uusimaa',        'Västra Nyland'),
    (4,  'VAKE', 'Vantaa ja Kerava',     'Vanda och Kervo'),
    (5,  'VARS', 'Varsinais-Suomi',      'Egentliga Finland'),
    (6,  'SAT',  'Satakunta',            'Satakunta'),
    (7,  'KHA',  'Kanta-Häme',           'Egentliga Tavastland'),
    (8,  'PIR',  'Pirkanmaa',            'Birkaland'),
    (9,  'PHA',  'Päijät-Häme',          'Päijänne-Tavastland'),
    (10, 'KYM',  'Kymenlaakso',          'Kymmenedalen'),
    (11, 'EKA',  'Etelä-Karjala',        'Södra Karelen'),
    (12, 'ESA',  'Etelä-Savo',           'Södra Savolax'),
    (13, 'PSA',  'Pohjois-Savo',         'Norra Savolax'),
    (14, 'PKA',  'Pohjois-Karjala',      'Norra Karelen'),
    (15, 'KSU',  'Keski-Suomi',          'Mellersta Finland'),
    (16, 'EPO',  'Etelä-Pohjanmaa',      'Södra Österbotten'),
    (17, 'POH',  'Pohjanmaa',            'Österbotten'),
    (18, 'KPO',  'Keski-Pohjanmaa',      'Mellersta Österbotten'),
    (19, 'PPO',  'Pohjois-Pohjanmaa',    'Norra Österbotten'),
    (20, 'KAI',  'Kainuu',               'Kajanaland'),
    (21, 'LAP',  'Lappi',                'Lappland'),
    (22, 'HKI',  'Helsinki',             'Helsingfors');

-- IPS teams: at least three coaches, one of them the team leader (enforced in the service
-- views, not here, because a team is created before its coaches are added).
create table ips_team (
    id                   uuid primary key,
    area_id              smallint not null references welfare_area (id),
    code                 text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    name                 text not null check (length(name) between 1 and 200),
    collaboration_model  text not null check (collaboration_model in ('CARE_INTEGRATED', 'PARTNER_ORGANISATION')),
    partner_organisation text check (length(partner_organisation) <= 200),
    version              integer not null,
    check ((collaboration_model = 'PARTNER_ORGANISATION') = (partner_organisation is not null))
);
create index ips_team_area_idx on ips_team (area_id);

-- Care teams: psychiatric care units whose weekly meeting an IPS coach attends.
create table care_team (
    id      uuid primary key,
    area_id smallint not null references welfare_area (id),
    code    text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    name    text not null check (length(name) between 1 and 200),
    unit    text check (length(unit) <= 200),
    version integer not null
);
create index care_team_area_idx on care_team (area_id);

-- Staff members of a welfare area, with their IPS-team and care-team memberships.
create table staff_member (
    id         uuid primary key,
    area_id    smallint not null references welfare_area (id),
    first_name text not null check (length(first_name) between 1 and 100),
    last_name  text not null check (length(last_name) between 1 and 100),
    email      text not null check (length(email) between 3 and 254),
    phone      text check (length(phone) <= 40),
    version    integer not null
);
create unique index staff_member_email_uq on staff_member (area_id, lower(email));

create table ips_team_membership (
    staff_member_id uuid not null references staff_member (id) on delete cascade,
    ips_team_id     uuid not null references ips_team (id),
    team_role       text not null check (team_role in ('COACH', 'TEAM_LEADER')),
    fte             numeric(3, 2) not null check (fte > 0 and fte <= 1),
    primary key (staff_member_id, ips_team_id)
);
create index ips_team_membership_team_idx on ips_team_membership (ips_team_id);

create table care_team_membership (
    staff_member_id uuid not null references staff_member (id) on delete cascade,
    care_team_id    uuid not null references care_team (id),
    primary key (staff_member_id, care_team_id)
);
create index care_team_membership_team_idx on care_team_membership (care_team_id);

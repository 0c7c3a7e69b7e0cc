-- Clients (job seekers) of a welfare area. The identity code is optional (foreigners, people
-- waiting for a code) and kept exactly as issued; within an area it identifies one client.
create table client (
    id                 uuid primary key,
    area_id            smallint not null references welfare_area (id),
    first_name         text not null check (length(first_name) between 1 and 100),
    last_name          text not null check (length(last_name) between 1 and 100),
    identity_code      text check (identity_code ~ '^\d{6}[-+YXWVUABCDEF]\d{3}[0-9A-Y]$'),
    preferred_language text not null check (preferred_language ~ '^[a-z]{2}$'),
    ips_team_id        uuid not null references ips_team (id),
    coach_staff_id     uuid references staff_member (id),
    version            integer not null
);
create unique index client_identity_code_uq on client (area_id, identity_code) where identity_code is not null;
create index client_coach_idx on client (area_id, coach_staff_id);
create index client_team_idx on client (area_id, ips_team_id);

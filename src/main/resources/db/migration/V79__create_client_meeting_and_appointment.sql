-- Meetings with the client and appointments (issue 28 §3, decision 0061). An appointment is a meeting booked for a
-- coming day; once held it may become a meeting note, which then names it. The note of an appointment is the
-- coach's own and is never shown outside the record (not on the client's pages, not in the calendar file).
-- Privileges for the application role come from the default privileges set in V1.
create table appointment (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    coach_staff_id  uuid not null references staff_member (id),
    day             date not null,
    starts_at       time not null,
    ends_at         time not null,
    place           text not null check (length(place) between 1 and 200),
    others          text check (length(others) <= 300),
    note            text check (length(note) <= 1000),
    cancelled       boolean not null default false,
    recorded_by     uuid not null,
    idempotency_key uuid not null unique,
    check (ends_at > starts_at)
);
create index appointment_client_idx on appointment (client_id, day);
create index appointment_coach_idx on appointment (coach_staff_id, day);

create table client_meeting (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    met_on          date not null,
    starts_at       time not null,
    mode            text not null check (mode in ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'COMMUNITY')),
    place           text check (length(place) <= 200),
    participants    text[] not null check (cardinality(participants) > 0 and participants <@ array['CLIENT', 'COACH',
                        'CARE_TEAM', 'EMPLOYER', 'FAMILY', 'OTHER']::text[]),
    others          text check (length(others) <= 300),
    note            text check (length(note) <= 1000),
    appointment_id  uuid unique references appointment (id),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index client_meeting_client_idx on client_meeting (client_id, met_on);

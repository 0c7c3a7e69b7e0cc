-- Meetings around the client: the care team's weekly meeting the coach attends (fidelity O2), with the
-- clients discussed — only clients who consented to sharing with that care team. Attendance is recorded so
-- that the share of care-team meetings the coach attends is known.
create table care_team_meeting (
    id              uuid primary key,
    area_id         smallint not null references welfare_area (id),
    care_team_id    uuid not null references care_team (id),
    held_on         date not null,
    coach_staff_id  uuid not null references staff_member (id),
    coach_attended  boolean not null,
    notes           text check (length(notes) <= 4000),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index care_team_meeting_team_idx on care_team_meeting (care_team_id, held_on);

create table care_team_meeting_item (
    meeting_id uuid not null references care_team_meeting (id),
    client_id  uuid not null references client (id),
    area_id    smallint not null references welfare_area (id),
    note       text not null check (length(note) between 1 and 2000),
    primary key (meeting_id, client_id)
);

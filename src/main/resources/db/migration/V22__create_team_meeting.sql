-- Meetings of an IPS team: the coaches' weekly team meeting and group supervision (fidelity O4, O5), the
-- steering/follow-up group (O8), and the scheduled meetings with employment services and Kela (O3). A
-- meeting on a later day is scheduled; attendance, decisions and action plans are recorded once it is held.
-- Meetings of one team may not overlap in time (checked by the service, under a lock on the team row).
create table team_meeting (
    id                    uuid primary key,
    area_id               smallint not null references welfare_area (id),
    ips_team_id           uuid not null references ips_team (id),
    kind                  text not null check (kind in ('TEAM_WEEKLY', 'GROUP_SUPERVISION', 'STEERING_GROUP',
                                                        'EMPLOYMENT_SERVICES', 'KELA')),
    held_on               date not null,
    starts_at             time not null,
    ends_at               time not null,
    other_participants    text check (length(other_participants) <= 1000),
    notes                 text check (length(notes) <= 4000),
    decisions             text check (length(decisions) <= 4000),
    recorded_by           uuid not null,
    idempotency_key       uuid not null unique,
    version               integer not null,
    check (ends_at > starts_at)
);
create index team_meeting_team_idx on team_meeting (ips_team_id, held_on);

create table team_meeting_attendee (
    meeting_id      uuid not null references team_meeting (id) on delete cascade,
    staff_member_id uuid not null references staff_member (id),
    primary key (meeting_id, staff_member_id)
);

-- The job leads shared in a meeting (O4: the team shares job leads).
create table team_meeting_job_lead (
    meeting_id  uuid not null references team_meeting (id) on delete cascade,
    job_lead_id uuid not null references job_lead (id),
    primary key (meeting_id, job_lead_id)
);

-- The action plan agreed in a meeting: what, who and by when.
create table team_meeting_action (
    id         uuid primary key,
    meeting_id uuid not null references team_meeting (id) on delete cascade,
    action     text not null check (length(action) between 1 and 500),
    owner      text not null check (length(owner) between 1 and 200),
    due_on     date not null
);
create index team_meeting_action_meeting_idx on team_meeting_action (meeting_id);

-- Client-related contacts with employment services and Kela (O3: weekly client contact), made only with
-- the client's consent to share with that party.
create table agency_contact (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    agency          text not null check (agency in ('EMPLOYMENT_SERVICES', 'KELA')),
    contacted_on    date not null,
    mode            text not null check (mode in ('MEETING', 'PHONE', 'MESSAGE')),
    note            text not null check (length(note) between 1 and 2000),
    coach_staff_id  uuid not null references staff_member (id),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index agency_contact_client_idx on agency_contact (client_id, contacted_on);
create index agency_contact_coach_idx on agency_contact (coach_staff_id, contacted_on);

-- The end of a client's IPS service: only by the client's own choice or a documented step-down to the
-- care team (never by staff judgement of readiness). Re-entry is always possible and keeps the history:
-- a re-entry closes the episode by setting reentered_on, and a later end adds a new row.
create table service_end (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    area_id      smallint not null references welfare_area (id),
    ended_on     date not null,
    reason       text not null check (reason in ('CLIENT_CHOICE', 'STEP_DOWN_TO_CARE_TEAM')),
    care_team_id uuid references care_team (id),
    note         text not null check (length(note) between 1 and 2000),
    recorded_by  uuid not null,
    reentered_on date check (reentered_on >= ended_on),
    check ((reason = 'STEP_DOWN_TO_CARE_TEAM') = (care_team_id is not null))
);
-- at most one open (not re-entered) end per client
create unique index service_end_open_uq on service_end (client_id) where reentered_on is null;

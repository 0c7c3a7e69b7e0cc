-- The care team's items for its weekly meeting with the IPS coach (issue 27 §1, decision 0083): a care-team member
-- adds one; it stands on the agenda, for the care team and the coaches attached to it, until the next meeting held.
-- About the meeting, not a client: the form asks for no patient's name or health detail (a patient is discussed in
-- the meeting itself, with their consent, as before).
create table care_team_agenda_item (
    id              uuid primary key,
    area_id         smallint not null references welfare_area (id),
    care_team_id    uuid not null references care_team (id),
    text            text not null check (length(text) between 1 and 1000),
    added_by        uuid not null,
    added_at        timestamptz not null,
    idempotency_key uuid not null unique
);
create index care_team_agenda_item_team_idx on care_team_agenda_item (care_team_id, added_at);

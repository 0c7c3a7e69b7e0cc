-- Steering groups (issue 27 §2, decision 0084): one per welfare area and optionally one per IPS team of it, with a
-- cadence; members are the area's staff (managers, team leaders) or named outside members with their organisation
-- and role, who have no account. The group's meetings record decisions; their actions have an owner among the
-- members and a due day, and stay open until marked done. Nothing here is about a client: the agenda's figures are
-- the area's, read when the agenda is shown. A form sent twice (a double click) is kept once, by its key.
create table steering_group (
    id             uuid primary key,
    area_id        smallint not null references welfare_area (id),
    ips_team_id    uuid references ips_team (id),
    name           text not null check (length(name) between 1 and 200),
    cadence_months smallint not null check (cadence_months between 1 and 12),
    created_by     uuid not null
);
create unique index steering_group_area_idx on steering_group (area_id) where ips_team_id is null;
create unique index steering_group_team_idx on steering_group (ips_team_id) where ips_team_id is not null;

create table steering_member (
    id              uuid primary key,
    group_id        uuid not null references steering_group (id),
    staff_member_id uuid references staff_member (id),
    name            text check (length(name) between 1 and 200),
    organisation    text check (length(organisation) between 1 and 200),
    role            text check (length(role) between 1 and 200),
    idempotency_key uuid not null unique,
    -- a member is either one of the area's staff or a named outside member with an organisation
    check ((staff_member_id is null) = (name is not null and organisation is not null)),
    check (staff_member_id is null or (name is null and organisation is null)),
    unique (group_id, staff_member_id)
);

create table steering_meeting (
    id          uuid primary key,
    group_id    uuid not null references steering_group (id),
    held_on     date not null,
    notes       text check (length(notes) <= 4000),
    decisions   text check (length(decisions) <= 4000),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique,
    unique (group_id, held_on)
);

create table steering_action (
    id              uuid primary key,
    meeting_id      uuid not null references steering_meeting (id),
    action          text not null check (length(action) between 1 and 500),
    owner_member_id uuid not null references steering_member (id),
    due_on          date not null,
    done_on         date,
    done_by         uuid,
    idempotency_key uuid not null unique,
    check ((done_on is null) = (done_by is null))
);
create index steering_action_meeting_idx on steering_action (meeting_id);

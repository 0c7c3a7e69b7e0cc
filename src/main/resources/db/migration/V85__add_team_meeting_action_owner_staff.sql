-- A team meeting's action is owned by a person of the team (issue 28 §6, decision 0065), so that it can come back
-- on their week. Actions recorded before keep their free-text owner; a new one names the staff member instead.
alter table team_meeting_action
    add column owner_staff_id uuid references staff_member (id),
    alter column owner drop not null,
    add constraint team_meeting_action_owner_named_check check (owner is not null or owner_staff_id is not null);
create index team_meeting_action_owner_idx on team_meeting_action (owner_staff_id, due_on)
    where owner_staff_id is not null;

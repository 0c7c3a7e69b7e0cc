-- A coach's care-team meetings in the last weeks (the team view's attendance share, fidelity's pre-score): the only
-- index was by care team, so each read scanned every care-team meeting. At national scale (620,000 meetings) that was
-- most of a team view's second (issue 25).
create index care_team_meeting_coach_idx on care_team_meeting (coach_staff_id, held_on);

-- Facts the fidelity review reads for V2 (disclosure) and as evidence for O4 and O8 (issue 29, decision 0072).

-- planning: each disclosure discussion, whether both its pros and its cons were written down, and its revisit day
create view planning_facts_disclosure_discussion as
select client_id, discussed_on,
       nullif(btrim(pros), '') is not null and nullif(btrim(cons), '') is not null as pros_and_cons,
       revisit_on
from disclosure_discussion;

-- meetings: the team's own meetings by kind (weekly team meetings, group supervision, the steering group)
create view meetings_facts_team_meeting as
select ips_team_id, kind, held_on from team_meeting where kind in ('TEAM_WEEKLY', 'GROUP_SUPERVISION', 'STEERING_GROUP');

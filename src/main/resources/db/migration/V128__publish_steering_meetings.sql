-- steering: the days each IPS team's steering group met, the area's group and the team's own (fidelity O8,
-- decision 0084)
create view steering_facts_meeting as
select t.ips_team_id, m.held_on
from steering_meeting m
join steering_group g on g.id = m.group_id
join organisation_facts_team t on t.area_id = g.area_id and (g.ips_team_id is null or g.ips_team_id = t.ips_team_id);

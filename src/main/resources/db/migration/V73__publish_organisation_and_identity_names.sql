-- Published facts (decision 0049, 0057): what other modules' pages read of organisation and identity by name.

-- organisation: an IPS team's and a care team's names (the client's readable copy names the linked team)
create view organisation_facts_team_name as
select id as ips_team_id, name from ips_team;

create view organisation_facts_care_team_name as
select id as care_team_id, name from care_team;

-- identity: the enabled accounts with the evaluator role, by username (a study names its evaluators)
create view identity_facts_evaluator as
select a.id as account_id, a.username from user_account a
where a.enabled and exists (select 1 from account_role r where r.account_id = a.id and r.role = 'EVALUATOR');

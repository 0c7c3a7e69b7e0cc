-- Published facts of clients (decision 0049): who the clients are (team, coach, area), their referral and the
-- attempts to reach them, their service ends, their episode of service and the coaches' active caseload counters.

create view clients_facts_client as
select id as client_id, area_id, ips_team_id, coach_staff_id from client;

-- the identity code is published for the research extract alone (pseudonyms and birth years are made from it)
create view clients_facts_identity_code as
select id as client_id, identity_code from client;

create view clients_facts_referral as
select id as referral_id, client_id, area_id, source, care_team_id, referred_on, ended_on, end_reason
from referral;

create view clients_facts_outreach_attempt as
select referral_id, attempted_on from outreach_attempt;

-- every service end, re-entered or not
create view clients_facts_service_end as
select client_id, ended_on, reason, reentered_on from service_end;

-- the episode of service: enrolled on the cooperation agreement's day, exited on an open (not re-entered) service
-- end; a client who re-entered is in service again
create view clients_facts_episode as
select c.id as client_id, c.area_id, c.ips_team_id, c.coach_staff_id, a.enrolled_on, a.in_work_at_entry,
       e.ended_on as exit_on, e.reason as exit_reason
from client c
join consent_facts_enrolment a on a.client_id = c.id
left join service_end e on e.client_id = c.id and e.reentered_on is null;

create view clients_facts_caseload as
select staff_member_id, active_clients from coach_caseload;

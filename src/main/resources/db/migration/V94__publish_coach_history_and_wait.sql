-- Published facts of issue 24 (decision 0069).

-- The coaches a client has had, for S3: "the same coach through all phases" compares each phase's worker with the
-- coach of that day, not with the coach now.
create view clients_facts_coach_history as
select client_id, area_id, coach_staff_id, from_on, to_on, ordinal from coach_assignment;

-- The clients whose service goes on (neither the referral nor the service ended) and their coach: a coach with any of
-- them keeps their account and their team membership until the team leader has handed them over.
create view clients_facts_in_service as
select c.id as client_id, c.area_id, c.ips_team_id, c.coach_staff_id from client c
where not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null)
  and not exists (select 1 from referral r where r.client_id = c.id and r.ended_on is not null);

-- The teams' waiting lists: the wait ends when a coach is assigned, or with the referral or the service.
create view clients_facts_wait as
select w.client_id, w.area_id, w.ips_team_id, w.waiting_since,
       least(w.assigned_on, r.ended_on, e.ended_on) as waited_until
from client_wait w
left join referral r on r.client_id = w.client_id
left join service_end e on e.client_id = w.client_id and e.reentered_on is null;

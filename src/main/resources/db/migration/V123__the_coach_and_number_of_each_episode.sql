-- Each episode's own coach and number (issue 24 §3, decision 0082). An earlier episode's coach is the one the coach
-- history shows on its last day (the end of its service, or the day before the next episode; the first coach known
-- when the history begins later), not the client's coach today; the current episode's is the client's coach, as
-- before. The number orders a client's episodes by enrolment
-- (1 = the first), so a research extract can tell a client's episodes apart. With one episode per client (all data
-- before re-referrals) every row is as before.
create or replace view clients_facts_episode as
select c.id as client_id, c.area_id, c.ips_team_id,
       case when a.until_on is null then c.coach_staff_id
            else coalesce((select h.coach_staff_id from coach_assignment h
                           where h.client_id = c.id and h.from_on <= coalesce(e.ended_on, a.until_on - 1)
                           order by h.from_on desc, h.ordinal desc limit 1),
                          (select h.coach_staff_id from coach_assignment h where h.client_id = c.id
                           order by h.from_on, h.ordinal limit 1),
                          c.coach_staff_id) end as coach_staff_id,
       a.enrolled_on, a.in_work_at_entry, e.ended_on as exit_on, e.reason as exit_reason, a.until_on,
       row_number() over (partition by c.id order by a.enrolled_on) as episode
from client c
join consent_facts_every_enrolment a on a.client_id = c.id
left join service_end e on e.client_id = c.id and e.reentered_on is null
     and e.referred_again_on is not distinct from a.until_on;

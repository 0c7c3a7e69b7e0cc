-- One definition of a client's phase (decision 0056), published by clients: ended (an open service end), enrolled
-- (the cooperation agreement, service going on), not enrolled (the referral ended without an agreement) or referred
-- (no agreement, the referral not ended), with the day the phase began. The team view counts the phases from here
-- and the coach's week refines "enrolled" by the vocational profile.
create view clients_facts_phase as
select c.id as client_id,
       case when e.ended_on is not null then 'ENDED'
            when a.enrolled_on is not null then 'ENROLLED'
            when r.ended_on is not null then 'NOT_ENROLLED'
            else 'REFERRED' end as phase,
       case when e.ended_on is not null then e.ended_on
            when a.enrolled_on is not null then a.enrolled_on
            when r.ended_on is not null then r.ended_on
            else r.referred_on end as since
from client c
left join consent_facts_enrolment a on a.client_id = c.id
left join referral r on r.client_id = c.id
left join service_end e on e.client_id = c.id and e.reentered_on is null;

-- The action plan's scheduled reviews: the months are the IPS model's (IpsModel.PLAN_REVIEW_MONTHS), passed in by
-- the reader, so that V68's view no longer repeats them.
drop view planning_facts_plan_review;

create function planning_facts_plan_review(review_months integer[])
    returns table (client_id uuid, milestone integer, due_on date, done boolean)
    language sql stable as $$
    select p.client_id, m.months, (p.started_on + make_interval(months => m.months))::date,
           exists (select 1 from action_plan_review r where r.plan_id = p.id and r.milestone = m.months)
    from action_plan p cross join unnest(review_months) as m(months)
$$;

-- V12's check repeated the months; which milestones a review may name is checked where it is saved (ActionPlans).
alter table action_plan_review drop constraint action_plan_review_milestone_check;

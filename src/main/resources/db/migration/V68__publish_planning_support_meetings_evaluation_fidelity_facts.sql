-- Published facts of planning, support, meetings, evaluation and fidelity (decision 0049).

-- planning: each action plan's reviews at 3, 6 and 12 months from the plan's start, and whether each was held
create view planning_facts_plan_review as
select p.client_id, m.months as milestone, (p.started_on + make_interval(months => m.months))::date as due_on,
       exists (select 1 from action_plan_review r where r.plan_id = p.id and r.milestone = m.months) as done
from action_plan p cross join (values (3), (6), (12)) as m(months);

create view planning_facts_benefits_counselling as
select client_id, counselled_on from benefits_counselling;

create view planning_facts_profile_meeting as
select client_id, met_on, recorded_by from profile_meeting;

-- the day (in Finland) each version of a client's vocational profile was saved
create view planning_facts_profile_saved as
select client_id, (saved_at at time zone 'Europe/Helsinki')::date as saved_on from vocational_profile;

-- support: the follow-along contacts due and whether each was met (support_due_status defines "met")
create view support_facts_due as
select client_id, window_from, due_on, cancelled, met from support_due_status;

create view support_facts_contact as
select client_id, contacted_on, on_the_job, with_whom, recorded_by from support_contact;

-- meetings: the coaches' care-team meetings, the team's meetings with employment services and Kela, and the
-- contacts with those agencies about a client (fidelity O2, O3)
create view meetings_facts_care_team_meeting as
select coach_staff_id, held_on, coach_attended from care_team_meeting;

create view meetings_facts_agency_meeting as
select ips_team_id, held_on from team_meeting where kind in ('EMPLOYMENT_SERVICES', 'KELA');

create view meetings_facts_agency_contact as
select client_id, contacted_on from agency_contact;

-- evaluation: the submitted questionnaires with their answers in item order, and the teams' yearly costs
create view evaluation_facts_submitted_response as
select r.id as response_id, r.client_id, r.instrument_id, r.timepoint, r.answered_on,
       array(select a.item_code from evaluation_answer a where a.response_id = r.id order by a.item_code) as item_codes,
       array(select a.value from evaluation_answer a where a.response_id = r.id order by a.item_code) as item_values
from evaluation_response r where r.state = 'SUBMITTED';

create view evaluation_facts_team_cost as
select ips_team_id, year, staff_fte, salary_cost, premises_cost, travel_cost, training_cost, other_cost,
       benefit_per_month, care_per_month, months_in_work
from evaluation_team_cost;

-- fidelity: the item scores of published reviews
create view fidelity_facts_published_score as
select f.area_id, f.ips_team_id, f.period_from, f.period_to, f.reviewed_on, i.code as item_code, i.score
from fidelity_review f join fidelity_review_item i on i.review_id = f.id
where f.state = 'PUBLISHED';

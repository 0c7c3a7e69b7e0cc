-- Published facts (decision 0049, 0057): the records of employers, evaluation and meetings that other modules link
-- to and show by name or day.

-- employers: an employer's name in its area (a job is of an area's employer) and the area of a job lead (a team
-- meeting discusses its area's leads)
create view employers_facts_employer as
select id as employer_id, area_id, name from employer;

create view employers_facts_job_lead as
select id as job_lead_id, area_id from job_lead;

-- evaluation: a questionnaire's names by language (jsonb, language -> name) and its code
create view evaluation_facts_instrument_name as
select id as instrument_id, code, definition -> 'names' as names from evaluation_instrument;

-- meetings: the day a care-team meeting or a team meeting was held
create view meetings_facts_meeting_day as
select id as meeting_id, held_on from care_team_meeting
union all
select id as meeting_id, held_on from team_meeting;

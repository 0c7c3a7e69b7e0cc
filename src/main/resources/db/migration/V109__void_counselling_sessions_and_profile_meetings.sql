-- A benefits counselling session or a vocational-profile meeting recorded by mistake can be voided (issue 24 §6,
-- decision 0076): kept with voided_at set, it leaves the published facts, so the V1 and V3 pre-scores drop it; a
-- voided session meets no counselling due.
alter table benefits_counselling add column voided_at timestamptz;
alter table profile_meeting add column voided_at timestamptz;

create or replace view planning_facts_benefits_counselling as
select client_id, counselled_on from benefits_counselling where voided_at is null;

create or replace view planning_facts_profile_meeting as
select client_id, met_on, recorded_by from profile_meeting where voided_at is null;

-- A benefits counselling session recorded by mistake can be voided (issue 24 §6, decision 0076): kept with voided_at
-- set, it meets no counselling due and leaves the published facts, so the V1 pre-score drops it.
alter table benefits_counselling add column voided_at timestamptz;

create or replace view planning_facts_benefits_counselling as
select client_id, counselled_on from benefits_counselling where voided_at is null;

-- The job's title joins the published facts of jobs (issue 29, decision 0068): fidelity V8 reads a job's type as its
-- occupation code when one is recorded and otherwise as its title, which is all a team's tracker records of it.
create or replace view jobs_facts_job as
select id as job_id, client_id, area_id, employer_id, occupation_code, started_on, ended_on, hours_per_week,
       wage_basis, contract_type, competitive, end_reason, title
from job;

-- Follow-along support contacts can be corrected and voided (issue 24 §6, decision 0076, the pattern of 0070): a
-- voided contact keeps its row with voided_at set; the version makes a correction or void of a changed contact a
-- conflict. A voided contact meets no due and leaves the published facts, so the team view (support overdue), the
-- V12 pre-score and the research extract drop it.
alter table support_contact add column voided_at timestamptz;
alter table support_contact add column version integer not null default 0;

-- whether a due is met (V21), by a support contact that was not voided
create or replace view support_due_status as
select d.*,
       exists (select 1 from support_contact c
               where c.client_id = d.client_id and c.contacted_on between d.window_from and d.due_on
                 and c.voided_at is null) as met
from support_due d;

create or replace view support_facts_contact as
select client_id, contacted_on, on_the_job, with_whom, recorded_by from support_contact where voided_at is null;

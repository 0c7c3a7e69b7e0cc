-- A disclosure discussion recorded by mistake can be voided (issue 24 §6, decision 0076): kept with voided_at set, it
-- leaves the published facts, so the V2 pre-score and the revisit day on the coach's week drop it.
alter table disclosure_discussion add column voided_at timestamptz;

create or replace view planning_facts_disclosure_discussion as
select client_id, discussed_on,
       nullif(btrim(pros), '') is not null and nullif(btrim(cons), '') is not null as pros_and_cons,
       revisit_on
from disclosure_discussion where voided_at is null;

create or replace view planning_facts_disclosure_revisit as
select d.client_id, d.revisit_on from disclosure_discussion d
where d.revisit_on is not null and d.voided_at is null
  and not exists (select 1 from disclosure_discussion later
                  where later.client_id = d.client_id and later.discussed_on > d.discussed_on
                    and later.voided_at is null);

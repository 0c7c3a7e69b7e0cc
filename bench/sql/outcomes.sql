-- Hand-written reference for the outcome report (PF-report): each client's facts are computed once with lateral
-- aggregates over their own jobs and contacts (voided ones left out, as the published facts leave them out, and as the
-- face-to-face indexes' conditions say since V145), then summed in one pass. The scope is a where clause on client c:
-- psql -v from=YYYY-MM-DD -v to=YYYY-MM-DD -v scope="where c.ips_team_id = '<uuid>'" -f outcomes.sql  (a team)
-- psql -v from=YYYY-MM-DD -v to=YYYY-MM-DD -v scope= -f outcomes.sql                                    (the country)
with ep as (
    select c.id, c.coach_staff_id, a.agreed_on as e, a.in_work_at_entry as w, s.ended_on as x
    from client c
    join cooperation_agreement a on a.client_id = c.id
    left join service_end s on s.client_id = c.id and s.reentered_on is null
    :scope
), f as (
    select ep.*, ep.e <= :'to'::date and (ep.x is null or ep.x >= :'from'::date) as served,
           ep.e between :'from'::date and :'to'::date as cohort, jj.*, cc.first_contact
    from ep
    left join lateral (
        select bool_or(j.started_on <= least(:'to'::date, ep.x)
                       and coalesce(j.ended_on, 'infinity') >= greatest(:'from'::date, ep.e)) as worked,
               count(*) filter (where j.started_on between greatest(:'from'::date, ep.e) and :'to'::date) as starts,
               min(j.started_on) filter (where j.started_on >= ep.e) as first_job,
               bool_or(j.started_on <= (ep.e + interval '6 months')::date
                       and coalesce(j.ended_on, 'infinity') >= (ep.e + interval '6 months')::date) as employed6,
               bool_or(j.started_on <= (ep.e + interval '12 months')::date
                       and coalesce(j.ended_on, 'infinity') >= (ep.e + interval '12 months')::date) as employed12
        from job j where j.client_id = ep.id and j.competitive and j.voided_at is null) jj on true
    left join lateral (
        select min(ec.contacted_on) as first_contact from employer_contact ec
        where ec.client_id = ep.id and ec.mode = 'FACE_TO_FACE' and ec.voided_at is null and ec.contacted_on >= ep.e) cc on true
), coach as (
    select distinct coach_staff_id from f where served and coach_staff_id is not null
), contact as (
    select ec.followed_preference from employer_contact ec join coach using (coach_staff_id)
    where ec.mode = 'FACE_TO_FACE' and ec.voided_at is null and ec.contacted_on between :'from'::date and :'to'::date
)
select count(*) filter (where served) as served,
       count(*) filter (where served and worked) as worked,
       count(*) filter (where served and not w) as served_out_of_work_at_entry,
       count(*) filter (where served and worked and not w) as worked_out_of_work_at_entry,
       coalesce(sum(starts), 0) as job_starts,
       count(*) filter (where first_job between :'from'::date and :'to'::date) as first_job_starts,
       count(*) filter (where cohort) as enrolled,
       round(avg(first_contact - e) filter (where cohort), 1) as days_to_first_employer_contact_mean,
       percentile_cont(0.5) within group (order by first_contact - e) filter (where cohort) as days_to_first_employer_contact_median,
       count(*) filter (where cohort and first_contact is null) as cohort_without_employer_contact,
       round(avg(first_job - e) filter (where cohort), 1) as days_to_first_job_mean,
       percentile_cont(0.5) within group (order by first_job - e) filter (where cohort) as days_to_first_job_median,
       count(*) filter (where cohort and first_job is null) as cohort_without_job,
       (select count(*) from contact) as contacts,
       (select count(*) from coach) as coaches,
       (select count(*) filter (where followed_preference) from contact) as followed_preference,
       (select count(*) filter (where followed_preference is not null) from contact) as with_preference,
       count(*) filter (where cohort and employed6 and (e + interval '6 months')::date <= :'to'::date) as employed_at_6_months,
       count(*) filter (where cohort and (e + interval '6 months')::date <= :'to'::date) as eligible_at_6_months,
       count(*) filter (where cohort and employed12 and (e + interval '12 months')::date <= :'to'::date) as employed_at_12_months,
       count(*) filter (where cohort and (e + interval '12 months')::date <= :'to'::date) as eligible_at_12_months
from f;

-- Generated from fi.placera.research.internal.ExtractTables by BenchExtractSqlTest: do not edit.
-- The research extract's statements as COPY ... TO STDOUT (CSV), for bench/export.sh.
-- psql variables: areas (a list of welfare area ids, e.g. 1,2,3), from, to, today, unit (week or month).

begin isolation level repeatable read;
create temporary table included (id uuid, identity_code text, area_id smallint, ips_team_id uuid,                                  enrolled_on date, exit_on date) on commit drop;
insert into included -- one row per client: the latest of their episodes in the period (decision 0074) select distinct on (e.client_id) e.client_id, c.identity_code, e.area_id, e.ips_team_id, e.enrolled_on,        e.exit_on from clients_facts_episode e join clients_facts_identity_code c on c.client_id = e.client_id where e.area_id in (:areas)   and e.enrolled_on <= :'to' and (e.exit_on is null or e.exit_on >= :'from')   and exists (select 1 from consent_facts_in_force(:'today') k where k.client_id = e.client_id                 and k.party_type = 'OTHER' and k.kind = 'EVALUATION')   and not exists (select 1 from portal_facts_restricted_client r where r.client_id = e.client_id) order by e.client_id, e.enrolled_on desc;
analyze included;

-- enrolments
copy (select i.id, w.code, t.code, t.collaboration_model, case when i.identity_code is null then null      else (case substr(i.identity_code, 7, 1) when '+' then 1800                when 'A' then 2000 when 'B' then 2000 when 'C' then 2000 when 'D' then 2000                when 'E' then 2000 when 'F' then 2000 else 1900 end)           + cast(substr(i.identity_code, 5, 2) as int) end       as birth_year, r.source, r.referred_on, i.enrolled_on, e.in_work_at_entry, i.exit_on, e.exit_reason,        i.enrolled_on between :'from' and :'to', exists (select 1 from jobs_facts_job j where j.client_id = i.id and j.competitive           and j.started_on <= least(:'to', i.exit_on)           and (j.ended_on is null or j.ended_on >= greatest(:'from', i.enrolled_on)))from included i join clients_facts_episode e on e.client_id = i.id and e.enrolled_on = i.enrolled_on join organisation_facts_area w on w.area_id = i.area_id join organisation_facts_team t on t.ips_team_id = i.ips_team_id left join clients_facts_referral r on r.client_id = i.id) to stdout with (format csv, header);

-- phases
copy (select i.id, 'REFERRED', r.referred_on from included i join clients_facts_referral r on r.client_id = i.id union all select i.id, 'REFERRAL_ENDED', r.ended_on from included i join clients_facts_referral r on r.client_id = i.id where r.ended_on is not null union all select i.id, 'ENROLLED', i.enrolled_on from included i union all select i.id, 'FIRST_FACE_TO_FACE_EMPLOYER_CONTACT', f.contacted_on from included i join employers_facts_first_face_to_face_contact f on f.client_id = i.id and f.enrolled_on = i.enrolled_on      and f.contacted_on is not null union all select i.id, 'FIRST_COMPETITIVE_JOB', min(j.started_on) from included i join jobs_facts_job j on j.client_id = i.id and j.competitive and j.started_on >= i.enrolled_on group by i.id union all select i.id, 'SERVICE_ENDED', e.ended_on from included i join clients_facts_service_end e on e.client_id = i.id union all select i.id, 'REENTERED', e.reentered_on from included i join clients_facts_service_end e on e.client_id = i.id where e.reentered_on is not null) to stdout with (format csv, header);

-- employer_contacts
copy (select ec.client_id, cast(date_trunc(:'unit', ec.contacted_on) as date), count(*),        count(*) filter (where ec.face_to_face), count(*) filter (where ec.client_present),        count(*) filter (where ec.followed_preference) from included i join employers_facts_contact ec on ec.client_id = i.id where ec.contacted_on between :'from' and :'to' group by 1, 2) to stdout with (format csv, header);

-- jobs
copy (select j.client_id, row_number() over (partition by j.client_id order by j.started_on, j.job_id),        j.started_on, j.ended_on, j.hours_per_week, j.contract_type, j.wage_basis, j.competitive,        j.end_reason, j.occupation_code,        j.competitive and j.started_on between :'from' and :'to' and j.started_on >= i.enrolled_on from included i join jobs_facts_job j on j.client_id = i.id where j.started_on <= :'to' and (j.ended_on is null or j.ended_on >= :'from')) to stdout with (format csv, header);

-- support_contacts
copy (select s.client_id, s.contacted_on, s.on_the_job, 'CLIENT' = any(s.with_whom),        'EMPLOYER' = any(s.with_whom), 'WORK_COMMUNITY' = any(s.with_whom), 'CARE_TEAM' = any(s.with_whom),        'FAMILY' = any(s.with_whom) from included i join support_facts_contact s on s.client_id = i.id where s.contacted_on between :'from' and :'to') to stdout with (format csv, header);

-- questionnaire_scores
copy (select r.client_id, r.instrument_id, r.timepoint, r.answered_on, r.item_codes, r.item_values from included i join evaluation_facts_submitted_response r on r.client_id = i.id where r.answered_on between :'from' and :'to') to stdout with (format csv, header);

-- fidelity_reviews
copy (select w.code, t.code, t.collaboration_model, f.period_from, f.period_to, f.reviewed_on, f.item_code, f.score from fidelity_facts_published_score f join organisation_facts_team t on t.ips_team_id = f.ips_team_id join organisation_facts_area w on w.area_id = f.area_id where f.area_id in (:areas) and f.period_to >= :'from' and f.period_from <= :'to' order by w.code, t.code, f.period_from, f.item_code) to stdout with (format csv, header);

-- team_costs
copy (select w.code, t.code, t.collaboration_model, c.year, c.staff_fte, c.salary_cost, c.premises_cost,        c.travel_cost, c.training_cost, c.other_cost, c.benefit_per_month, c.care_per_month, c.months_in_work from evaluation_facts_team_cost c join organisation_facts_team t on t.ips_team_id = c.ips_team_id join organisation_facts_area w on w.area_id = t.area_id where t.area_id in (:areas) and c.year between extract(year from cast(:'from' as date))                                           and extract(year from cast(:'to' as date)) order by w.code, t.code, c.year) to stdout with (format csv, header);

commit;

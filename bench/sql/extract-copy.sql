-- Generated from fi.placera.research.internal.ExtractTables by BenchExtractSqlTest: do not edit.
-- The research extract's statements as COPY ... TO STDOUT (CSV), for bench/export.sh.
-- psql variables: areas (a list of welfare area ids, e.g. 1,2,3), from, to, today, unit (week or month).

begin isolation level repeatable read;
create temporary table included (id uuid, identity_code text, area_id smallint, ips_team_id uuid,                                  enrolled_on date, exit_on date) on commit drop;
insert into included select c.id, c.identity_code, c.area_id, c.ips_team_id, a.agreed_on, e.ended_on from client c join cooperation_agreement a on a.client_id = c.id left join service_end e on e.client_id = c.id and e.reentered_on is null where c.area_id in (:areas)   and a.agreed_on <= :'to' and (e.ended_on is null or e.ended_on >= :'from')   and exists (select 1 from consent k where k.client_id = c.id and k.party_type = 'OTHER'                 and k.kind = 'EVALUATION' and k.withdrawn_at is null and k.valid_from <= :'today'                 and (k.valid_until is null or k.valid_until >= :'today'))   and not exists (select 1 from client_restriction r where r.client_id = c.id and r.lifted_at is null);
analyze included;

-- enrolments
copy (select i.id, w.code, t.code, t.collaboration_model, case when i.identity_code is null then null      else (case substr(i.identity_code, 7, 1) when '+' then 1800                when 'A' then 2000 when 'B' then 2000 when 'C' then 2000 when 'D' then 2000                when 'E' then 2000 when 'F' then 2000 else 1900 end)           + cast(substr(i.identity_code, 5, 2) as int) end       as birth_year, r.source, r.referred_on, i.enrolled_on, a.in_work_at_entry, i.exit_on, e.reason,        i.enrolled_on between :'from' and :'to', exists (select 1 from job j where j.client_id = i.id and j.competitive           and j.started_on <= least(:'to', i.exit_on)           and (j.ended_on is null or j.ended_on >= greatest(:'from', i.enrolled_on)))from included i join cooperation_agreement a on a.client_id = i.id join welfare_area w on w.id = i.area_id join ips_team t on t.id = i.ips_team_id left join referral r on r.client_id = i.id left join service_end e on e.client_id = i.id and e.reentered_on is null) to stdout with (format csv, header);

-- phases
copy (select i.id, 'REFERRED', r.referred_on from included i join referral r on r.client_id = i.id union all select i.id, 'REFERRAL_ENDED', r.ended_on from included i join referral r on r.client_id = i.id where r.ended_on is not null union all select i.id, 'ENROLLED', i.enrolled_on from included i union all select i.id, 'FIRST_FACE_TO_FACE_EMPLOYER_CONTACT', min(ec.contacted_on) from included i join employer_contact ec on ec.client_id = i.id and ec.mode = 'FACE_TO_FACE'      and ec.contacted_on >= i.enrolled_on group by i.id union all select i.id, 'FIRST_COMPETITIVE_JOB', min(j.started_on) from included i join job j on j.client_id = i.id and j.competitive and j.started_on >= i.enrolled_on group by i.id union all select i.id, 'SERVICE_ENDED', e.ended_on from included i join service_end e on e.client_id = i.id union all select i.id, 'REENTERED', e.reentered_on from included i join service_end e on e.client_id = i.id where e.reentered_on is not null) to stdout with (format csv, header);

-- employer_contacts
copy (select ec.client_id, cast(date_trunc(:'unit', ec.contacted_on) as date), count(*),        count(*) filter (where ec.mode = 'FACE_TO_FACE'), count(*) filter (where ec.client_present),        count(*) filter (where ec.followed_preference) from included i join employer_contact ec on ec.client_id = i.id where ec.contacted_on between :'from' and :'to' group by 1, 2) to stdout with (format csv, header);

-- jobs
copy (select j.client_id, row_number() over (partition by j.client_id order by j.started_on, j.id),        j.started_on, j.ended_on, j.hours_per_week, j.contract_type, j.wage_basis, j.competitive,        j.end_reason, j.occupation_code,        j.competitive and j.started_on between :'from' and :'to' and j.started_on >= i.enrolled_on from included i join job j on j.client_id = i.id where j.started_on <= :'to' and (j.ended_on is null or j.ended_on >= :'from')) to stdout with (format csv, header);

-- support_contacts
copy (select s.client_id, s.contacted_on, s.on_the_job, 'CLIENT' = any(s.with_whom),        'EMPLOYER' = any(s.with_whom), 'WORK_COMMUNITY' = any(s.with_whom), 'CARE_TEAM' = any(s.with_whom),        'FAMILY' = any(s.with_whom) from included i join support_contact s on s.client_id = i.id where s.contacted_on between :'from' and :'to') to stdout with (format csv, header);

-- questionnaire_scores
copy (select r.client_id, r.instrument_id, r.timepoint, r.answered_on,        array(select item_code from evaluation_answer a where a.response_id = r.id order by item_code),        array(select value from evaluation_answer a where a.response_id = r.id order by item_code) from included i join evaluation_response r on r.client_id = i.id and r.state = 'SUBMITTED' where r.answered_on between :'from' and :'to') to stdout with (format csv, header);

-- fidelity_reviews
copy (select w.code, t.code, t.collaboration_model, f.period_from, f.period_to, f.reviewed_on, i.code, i.score from fidelity_review f join ips_team t on t.id = f.ips_team_id join welfare_area w on w.id = f.area_id join fidelity_review_item i on i.review_id = f.id where f.area_id in (:areas) and f.state = 'PUBLISHED' and f.period_to >= :'from' and f.period_from <= :'to' order by w.code, t.code, f.period_from, i.code) to stdout with (format csv, header);

-- team_costs
copy (select w.code, t.code, t.collaboration_model, c.year, c.staff_fte, c.salary_cost, c.premises_cost,        c.travel_cost, c.training_cost, c.other_cost, c.benefit_per_month, c.care_per_month, c.months_in_work from evaluation_team_cost c join ips_team t on t.id = c.ips_team_id join welfare_area w on w.id = t.area_id where t.area_id in (:areas) and c.year between extract(year from cast(:'from' as date))                                           and extract(year from cast(:'to' as date)) order by w.code, t.code, c.year) to stdout with (format csv, header);

commit;

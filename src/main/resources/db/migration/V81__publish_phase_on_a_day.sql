-- The one definition of a client's phase on a given day (decision 0062): clients_facts_phase (referred, not
-- enrolled, enrolled, ended), with "enrolled" continued through the jobs: working (in a competitive job that day) and
-- follow-along support (enrolled, a competitive job behind them and none that day; IPS support goes on off the job).
-- The reader passes the day (its clock), as with planning_facts_plan_review.
create function clients_facts_phase_on(day date)
    returns table (client_id uuid, phase text, since date)
    language sql stable as $$
    select p.client_id,
           case when p.phase <> 'ENROLLED' then p.phase
                when w.started_on is not null then 'WORKING'
                when s.ended_on is not null then 'FOLLOW_ALONG_SUPPORT'
                else 'ENROLLED' end,
           case when p.phase <> 'ENROLLED' then p.since
                when w.started_on is not null then w.started_on
                when s.ended_on is not null then s.ended_on
                else p.since end
    from clients_facts_phase p
    left join lateral (select min(j.started_on) as started_on from jobs_facts_job j
                       where j.client_id = p.client_id and j.competitive and j.started_on <= day
                         and (j.ended_on is null or j.ended_on >= day)) w on true
    left join lateral (select max(j.ended_on) as ended_on from jobs_facts_job j
                       where j.client_id = p.client_id and j.competitive and j.ended_on < day
                         and j.ended_on >= p.since) s on true
$$;

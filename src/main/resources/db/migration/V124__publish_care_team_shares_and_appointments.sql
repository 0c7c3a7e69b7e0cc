-- The care team's workspace (issue 27 §1, decision 0083) reads what other modules publish, never their tables.

-- consent: the consents in force on a day to share a kind of information with a care team (as V108's
-- consent_facts_in_force: not withdrawn, not voided, begun, not yet expired), naming the care team
create function consent_facts_care_team_share(on_day date)
    returns table (client_id uuid, care_team_id uuid, kind text)
    language sql stable as $$
    select k.client_id, k.party_id, k.kind from consent k
    where k.party_type = 'CARE_TEAM' and k.withdrawn_at is null and k.voided_at is null and k.valid_from <= on_day
      and (k.valid_until is null or k.valid_until >= on_day)
$$;

-- meetings: the appointments booked with a client and not cancelled (the care team sees the next one)
create view meetings_facts_appointment as
select client_id, day, starts_at from appointment where not cancelled;

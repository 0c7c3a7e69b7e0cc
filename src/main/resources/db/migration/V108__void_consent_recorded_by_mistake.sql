-- A consent recorded by mistake can be voided (issue 24 §6, decision 0076): the row stays with voided_at set, and a
-- voided consent is never in force, so every access decision, the consents in force, the coach's week and the
-- research extract's consent check drop it. A void is not a withdrawal: withdrawal stays the client's own act.
alter table consent add column voided_at timestamptz;

drop index consent_lookup_idx;
create index consent_lookup_idx on consent (client_id, party_type, party_id, kind)
    where withdrawn_at is null and voided_at is null;

-- the consents in force on a day (V65): not withdrawn, not voided, begun, not yet expired
create or replace function consent_facts_in_force(on_day date)
    returns table (client_id uuid, party_type text, kind text, employer_id uuid)
    language sql stable as $$
    select k.client_id, k.party_type, k.kind, k.employer_id from consent k
    where k.withdrawn_at is null and k.voided_at is null and k.valid_from <= on_day
      and (k.valid_until is null or k.valid_until >= on_day)
$$;

-- a consent that ends on its valid_until day and is not continued by another (V82), voided consents left out
create or replace view consent_facts_expiring as
select k.client_id, k.party_type, k.kind, k.valid_until from consent k
where k.withdrawn_at is null and k.voided_at is null and k.valid_until is not null
  and not exists (select 1 from consent n
                  where n.client_id = k.client_id and n.id <> k.id and n.withdrawn_at is null and n.voided_at is null
                    and n.party_type = k.party_type and n.kind = k.kind
                    and n.party_id is not distinct from k.party_id and n.employer_id is not distinct from k.employer_id
                    and n.party_name is not distinct from k.party_name
                    and n.valid_from <= k.valid_until + 1 and (n.valid_until is null or n.valid_until > k.valid_until));

-- Stored dates that come back as tasks on the coach's week (decision 0062). consent and planning do not depend on
-- clients, so they publish the dates and the week reads them; jobs and employers put theirs on the week themselves
-- (CoachTasks).

-- consent: a consent that ends on its valid_until day, not withdrawn and not continued by another consent of the
-- same client, party and kind that is valid from that day or the next
create view consent_facts_expiring as
select k.client_id, k.party_type, k.kind, k.valid_until from consent k
where k.withdrawn_at is null and k.valid_until is not null
  and not exists (select 1 from consent n
                  where n.client_id = k.client_id and n.id <> k.id and n.withdrawn_at is null
                    and n.party_type = k.party_type and n.kind = k.kind
                    and n.party_id is not distinct from k.party_id and n.employer_id is not distinct from k.employer_id
                    and n.party_name is not distinct from k.party_name
                    and n.valid_from <= k.valid_until + 1 and (n.valid_until is null or n.valid_until > k.valid_until));

-- planning: the day the client's latest disclosure decision is to be revisited (a later discussion is the revisit)
create view planning_facts_disclosure_revisit as
select d.client_id, d.revisit_on from disclosure_discussion d
where d.revisit_on is not null
  and not exists (select 1 from disclosure_discussion later
                  where later.client_id = d.client_id and later.discussed_on > d.discussed_on);

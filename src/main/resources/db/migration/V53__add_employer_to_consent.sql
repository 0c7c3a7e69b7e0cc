-- A consent to an employer names the employer record (decision 0037): recording an employer contact, agreement or
-- job lead about a client needs the client's consent to that employer for the kind EMPLOYMENT. The employer is a
-- column of its own (party_id stays the care team), and the employer must be of the consent's welfare area.
create unique index employer_area_uq on employer (id, area_id);

alter table consent add column employer_id uuid;
alter table consent add constraint consent_employer_fk foreign key (employer_id, area_id) references employer (id, area_id);
alter table consent add constraint consent_employer_party_ck check (employer_id is null or party_type = 'EMPLOYER');

-- Consents recorded before this named the employer only in free text: one whose name is exactly one employer's of the
-- area names that record now; the others name no record and so count for no employer (the team records them again).
update consent c
set employer_id = (select e.id from employer e where e.area_id = c.area_id and lower(e.name) = lower(btrim(c.party_name)))
where c.party_type = 'EMPLOYER'
  and (select count(*) from employer e where e.area_id = c.area_id and lower(e.name) = lower(btrim(c.party_name))) = 1;

create index consent_employer_idx on consent (client_id, employer_id, kind) where employer_id is not null;

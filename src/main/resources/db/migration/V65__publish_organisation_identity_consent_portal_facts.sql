-- Published facts (decision 0049): what the records of organisation, identity, consent and portal mean to the
-- modules that count them (reporting, fidelity, research). Other modules read these views, never the tables.

-- organisation: the welfare areas and IPS teams, who works in which IPS team, in which role and how much, and who sits in which care team
create view organisation_facts_area as
select id as area_id, code from welfare_area;

create view organisation_facts_team as
select id as ips_team_id, area_id, code, collaboration_model from ips_team;

create view organisation_facts_team_member as
select ips_team_id, staff_member_id, team_role, fte from ips_team_membership;

create view organisation_facts_staff as
select id as staff_member_id, area_id, first_name, last_name from staff_member;

create view organisation_facts_care_team_member as
select care_team_id, staff_member_id from care_team_membership;

-- identity: the staff member an account belongs to (who recorded something)
create view identity_facts_account_staff as
select id as account_id, staff_member_id from user_account;

-- consent: enrolment is the day of the cooperation agreement
create view consent_facts_enrolment as
select client_id, agreed_on as enrolled_on, in_work_at_entry, recorded_by from cooperation_agreement;

-- consent: the consents in force on a day (not withdrawn, begun, not yet expired)
create function consent_facts_in_force(on_day date)
    returns table (client_id uuid, party_type text, kind text, employer_id uuid)
    language sql stable as $$
    select k.client_id, k.party_type, k.kind, k.employer_id from consent k
    where k.withdrawn_at is null and k.valid_from <= on_day and (k.valid_until is null or k.valid_until >= on_day)
$$;

-- portal: the clients whose processing is restricted now (an unlifted restriction)
create view portal_facts_restricted_client as
select distinct client_id from client_restriction where lifted_at is null;

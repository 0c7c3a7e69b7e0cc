-- The model's other parties (decision 0080): occupational health care, social services and education can be given
-- consents and be contacted about a client like employment services and Kela, and a contact can be with any other
-- organisation, named. Occupational health care can also be met as a scheduled team meeting.
alter table consent drop constraint consent_party_type_check;
alter table consent add constraint consent_party_type_check check (party_type in
    ('CARE_TEAM', 'EMPLOYMENT_SERVICES', 'KELA', 'OCCUPATIONAL_HEALTH', 'SOCIAL_SERVICES', 'EDUCATION', 'EMPLOYER',
     'OTHER'));

alter table agency_contact drop constraint agency_contact_agency_check;
alter table agency_contact add constraint agency_contact_agency_check check (agency in
    ('EMPLOYMENT_SERVICES', 'KELA', 'OCCUPATIONAL_HEALTH', 'SOCIAL_SERVICES', 'EDUCATION', 'OTHER'));
-- the organisation's own name (which unit of the services, which school); required for "another organisation"
alter table agency_contact add column organisation_name text check (length(organisation_name) between 1 and 200);
alter table agency_contact add constraint agency_contact_other_named_check
    check (agency <> 'OTHER' or organisation_name is not null);

alter table team_meeting drop constraint team_meeting_kind_check;
alter table team_meeting add constraint team_meeting_kind_check check (kind in
    ('TEAM_WEEKLY', 'GROUP_SUPERVISION', 'STEERING_GROUP', 'EMPLOYMENT_SERVICES', 'KELA', 'OCCUPATIONAL_HEALTH'));

-- fidelity O3 (and the team view's figure for it) counts the contacts with employment services and Kela only: the
-- published contacts keep that meaning, so the rule has one home here
create or replace view meetings_facts_agency_contact as
select client_id, contacted_on from agency_contact where agency in ('EMPLOYMENT_SERVICES', 'KELA');

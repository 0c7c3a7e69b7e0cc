-- Published facts of employers and jobs (decision 0049).

-- every employer contact: by which coach, about which client, on which day, face to face or not (fidelity V6 and
-- the outcome report count the face-to-face ones), with the client present, following the client's preference
create view employers_facts_contact as
select id as contact_id, area_id, employer_id, coach_staff_id, client_id, contacted_on,
       mode = 'FACE_TO_FACE' as face_to_face, client_present, followed_preference
from employer_contact;

-- each enrolled client's first face-to-face employer contact on or after enrolment (fidelity V4, the outcome
-- report's days to first employer contact); contacted_on is null while there has been none
create view employers_facts_first_face_to_face_contact as
select a.client_id, a.enrolled_on,
       (select min(ec.contacted_on) from employer_contact ec
        where ec.client_id = a.client_id and ec.mode = 'FACE_TO_FACE' and ec.contacted_on >= a.enrolled_on)
           as contacted_on
from consent_facts_enrolment a;

-- every job spell; a job counts in the outcome report when it is competitive
create view jobs_facts_job as
select id as job_id, client_id, area_id, employer_id, occupation_code, started_on, ended_on, hours_per_week,
       wage_basis, contract_type, competitive, end_reason
from job;

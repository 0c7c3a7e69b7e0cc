-- Correcting and voiding what was recorded wrong (issue 24 §6, decision 0070). Nothing is deleted: a voided record
-- keeps its row with voided_at set, and each owning module's published facts leave voided rows out, so every figure
-- (outcome report, team view, fidelity pre-scores, research extract) drops them with this one change per module.
-- The values a correction or a void replaced are kept in record_revision, one history for every kind of record.
create table record_revision (
    id              uuid primary key,
    record_kind     text not null check (record_kind ~ '^[A-Z_]{1,40}$'),
    record_id       uuid not null,
    client_id       uuid references client (id),
    area_id         smallint not null references welfare_area (id),
    action          text not null check (action in ('CORRECTED', 'VOIDED')),
    fields          text[] not null,
    previous_values text[] not null,
    reason          text not null check (length(reason) between 1 and 2000),
    revised_at      timestamptz not null,
    revised_by      uuid not null,
    check (cardinality(fields) = cardinality(previous_values))
);
create index record_revision_record_idx on record_revision (record_kind, record_id, revised_at);
create index record_revision_client_idx on record_revision (client_id, record_kind, revised_at);

alter table job add column voided_at timestamptz;
alter table employer_contact add column voided_at timestamptz;

-- every job spell that was not voided; a job counts in the outcome report when it is competitive
create or replace view jobs_facts_job as
select id as job_id, client_id, area_id, employer_id, occupation_code, started_on, ended_on, hours_per_week,
       wage_basis, contract_type, competitive, end_reason, title
from job
where voided_at is null;

-- every employer contact that was not voided (see V67)
create or replace view employers_facts_contact as
select id as contact_id, area_id, employer_id, coach_staff_id, client_id, contacted_on,
       mode = 'FACE_TO_FACE' as face_to_face, client_present, followed_preference
from employer_contact
where voided_at is null;

-- each enrolled client's first face-to-face employer contact on or after enrolment, voided contacts left out (V67)
create or replace view employers_facts_first_face_to_face_contact as
select a.client_id, a.enrolled_on,
       (select min(ec.contacted_on) from employer_contact ec
        where ec.client_id = a.client_id and ec.mode = 'FACE_TO_FACE' and ec.contacted_on >= a.enrolled_on
          and ec.voided_at is null)
           as contacted_on
from consent_facts_enrolment a;

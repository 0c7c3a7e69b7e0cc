-- A note of a meeting with the client recorded by mistake can be voided (issue 24 §6, decision 0076): kept with
-- voided_at set, it leaves the published facts (the last contacts on the client's overview and every figure that
-- counts meetings) and its appointment counts as not held, so the meeting can be recorded again for it.
alter table client_meeting add column voided_at timestamptz;

alter table client_meeting drop constraint client_meeting_appointment_id_key;
create unique index client_meeting_appointment_uq on client_meeting (appointment_id) where voided_at is null;

create or replace view meetings_facts_client_meeting as
select m.client_id, m.area_id, m.met_on, m.mode, m.mode in ('FACE_TO_FACE', 'COMMUNITY') as face_to_face,
       m.mode = 'COMMUNITY' as in_community, u.staff_member_id as met_by
from client_meeting m left join identity_facts_account_staff u on u.account_id = m.recorded_by
where m.voided_at is null;

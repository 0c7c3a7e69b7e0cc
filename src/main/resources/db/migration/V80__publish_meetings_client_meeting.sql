-- Published facts of the meetings with the client (decision 0049, 0061): one row per meeting, with whether it was
-- face to face (at the office or in the community) and whether it was in the community, for the owners of the
-- figures that count contacts with the client (fidelity S3, V13, V14 as their definitions decide). No note, no place.
create view meetings_facts_client_meeting as
select m.client_id, m.area_id, m.met_on, m.mode, m.mode in ('FACE_TO_FACE', 'COMMUNITY') as face_to_face,
       m.mode = 'COMMUNITY' as in_community, u.staff_member_id as met_by
from client_meeting m left join identity_facts_account_staff u on u.account_id = m.recorded_by;

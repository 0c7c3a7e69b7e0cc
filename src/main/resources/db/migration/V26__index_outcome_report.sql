-- The outcome report starts from a team's clients (client_team_idx leads with the area, so a team alone could
-- not use it) and looks up each client's agreement, open service end (service_end_open_uq), jobs and face-to-face
-- contacts by client.
create index client_ips_team_idx on client (ips_team_id);
create index employer_contact_face_to_face_idx on employer_contact (client_id, contacted_on) where mode = 'FACE_TO_FACE';

-- The tracker's own id of each imported client (decision 0058): the client search finds a client by the reference
-- the team used in its spreadsheet, within the team's clients only.
create view imports_facts_client_ref as
select client_id, ips_team_id, area_id, client_ref from client_external_ref;

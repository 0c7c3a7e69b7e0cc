-- A care-team questionnaire sent to a care-team member who has an account in Placera (issue 27 §1, decision 0083):
-- the member finds it in their workspace and opens it from there; null for a link handed over outside Placera.
alter table evaluation_response add column respondent_staff_id uuid references staff_member (id);
create index evaluation_response_respondent_idx on evaluation_response (respondent_staff_id)
    where respondent_staff_id is not null;

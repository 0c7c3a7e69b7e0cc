-- Published facts (decision 0049, 0057): a client's preferred language (the questionnaires' follow-up schedule) and
-- what a consent is about (the timeline of a client's withdrawals).

create view clients_facts_preferred_language as
select id as client_id, preferred_language from client;

create view consent_facts_consent_kind as
select id as consent_id, kind from consent;

-- A cooperation agreement is a client's enrolment: recording, correcting or removing one refreshes the client's
-- episode and phase facts in the same transaction (V134, decision 0087), through the function clients publishes.
create function consent_refresh_client_facts() returns trigger language plpgsql as $$
begin
    perform clients_facts_refresh(array(select distinct client_id from changed));
    return null;
end $$;

create trigger cooperation_agreement_facts_insert after insert on cooperation_agreement referencing new table as changed
    for each statement execute function consent_refresh_client_facts();
create trigger cooperation_agreement_facts_update after update on cooperation_agreement referencing new table as changed
    for each statement execute function consent_refresh_client_facts();
create trigger cooperation_agreement_facts_delete after delete on cooperation_agreement referencing old table as changed
    for each statement execute function consent_refresh_client_facts();

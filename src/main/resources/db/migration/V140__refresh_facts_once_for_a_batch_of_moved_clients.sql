-- The tracker import registers its clients a batch at a time, with one statement per table (client, referral, coach
-- assignment, service end; decision 0088): each statement's trigger (V134) would derive the same clients' facts again,
-- four derivations where one will do. The intake defers these triggers for its own statements, transaction-locally
-- (set_config(..., true) ends with the transaction), and then refreshes the batch's clients once itself
-- (JdbcClientIntake.admitAll). Nothing else sets the setting, so every other statement refreshes as before.
create or replace function clients_refresh_facts_of_changed_clients() returns trigger language plpgsql as $$
begin
    if current_setting('placera.clients_facts_deferred', true) = 'on' then
        return null;
    end if;
    perform clients_facts_refresh(array(select distinct id from changed));
    return null;
end $$;

create or replace function clients_refresh_facts_of_changed_records() returns trigger language plpgsql as $$
begin
    if current_setting('placera.clients_facts_deferred', true) = 'on' then
        return null;
    end if;
    perform clients_facts_refresh(array(select distinct client_id from changed));
    return null;
end $$;

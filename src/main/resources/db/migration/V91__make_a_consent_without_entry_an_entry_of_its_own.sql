-- A consent row written without an entry (the demo data generator's COPY) is an entry of its own, as V87 says:
-- its entry is its own id, not a random one, so that the same seed generates the same rows (GeneratorIT) and a row
-- means the same thing however it was written.
alter table consent alter column entry_id drop default;

create function consent_entry_of_its_own() returns trigger
    language plpgsql as $$
begin
    new.entry_id := coalesce(new.entry_id, new.id);
    return new;
end
$$;

create trigger consent_entry_of_its_own before insert on consent
    for each row execute function consent_entry_of_its_own();

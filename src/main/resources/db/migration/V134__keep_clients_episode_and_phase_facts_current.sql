-- Each client's episodes and phase kept current as tables (issue 25 §1, decision 0087). The views derived them from
-- the records on every read: the episode view numbers a client's episodes with a window, so a team's or an area's
-- filter could not reach the indexes underneath and every team view and outcome report derived every client's
-- episodes; the phase view's joins could be planned as a loop over every open service end (before statistics were
-- gathered). The definitions are kept,
-- as the views clients_facts_episode_of_records and clients_facts_phase_of_records, and the tables of the old
-- names hold their rows, refreshed for the clients a statement touched in the same transaction, by triggers on the
-- records they come from (consent's cooperation agreement gets its trigger in V135). Readers do not change.
-- `placera verify-facts` compares the tables with the views (clients_facts_differences()).
alter view clients_facts_episode rename to clients_facts_episode_of_records;
alter view clients_facts_phase rename to clients_facts_phase_of_records;

create table clients_facts_episode as select * from clients_facts_episode_of_records with no data;
alter table clients_facts_episode add primary key (client_id, enrolled_on);
create index clients_facts_episode_team_idx on clients_facts_episode (ips_team_id);
create index clients_facts_episode_area_idx on clients_facts_episode (area_id);

create table clients_facts_phase as select * from clients_facts_phase_of_records with no data;
alter table clients_facts_phase add primary key (client_id);

-- the facts of the given clients derived again from their records (a client without records has no rows). The
-- clients' rows are locked first (in one order, against deadlocks; no key lock, so rows referring to a client are
-- still written meanwhile): two transactions changing different records of one client refresh one after the other,
-- and the second derives the facts with the first's change committed, so neither's change is lost. The insert is an
-- upsert all the same, for a client whose row is gone (erasure) or not yet visible.
-- (plpgsql: its statements' plans are kept for the session, where a sql function's would be made again each call)
create function clients_facts_refresh(clients uuid[]) returns void language plpgsql as $$
begin
    perform 1 from client where id = any(clients) order by id for no key update;
    delete from clients_facts_episode where client_id = any(clients);
    insert into clients_facts_episode select * from clients_facts_episode_of_records where client_id = any(clients)
    on conflict (client_id, enrolled_on) do update set area_id = excluded.area_id, ips_team_id = excluded.ips_team_id,
        coach_staff_id = excluded.coach_staff_id, in_work_at_entry = excluded.in_work_at_entry,
        exit_on = excluded.exit_on, exit_reason = excluded.exit_reason, until_on = excluded.until_on,
        episode = excluded.episode;
    delete from clients_facts_phase where client_id = any(clients);
    insert into clients_facts_phase select * from clients_facts_phase_of_records where client_id = any(clients)
    on conflict (client_id) do update set phase = excluded.phase, since = excluded.since;
end $$;

-- every difference between the kept facts and their definitions over the records: none when they are current
create function clients_facts_differences()
    returns table (fact text, client_id uuid, difference text, fact_row text)
    language sql stable as $$
    select 'clients_facts_episode', d.client_id, 'kept but not in the records', d::text
    from (select * from clients_facts_episode except all select * from clients_facts_episode_of_records) d
    union all
    select 'clients_facts_episode', d.client_id, 'in the records but not kept', d::text
    from (select * from clients_facts_episode_of_records except all select * from clients_facts_episode) d
    union all
    select 'clients_facts_phase', d.client_id, 'kept but not in the records', d::text
    from (select * from clients_facts_phase except all select * from clients_facts_phase_of_records) d
    union all
    select 'clients_facts_phase', d.client_id, 'in the records but not kept', d::text
    from (select * from clients_facts_phase_of_records except all select * from clients_facts_phase) d
    order by 1, 2, 3, 4
$$;

-- statement triggers: a COPY of many rows refreshes each client it touched once; the changed rows are named
-- "changed" (the new rows of an insert or update, the old rows of a delete)
create function clients_refresh_facts_of_changed_clients() returns trigger language plpgsql as $$
begin
    perform clients_facts_refresh(array(select distinct id from changed));
    return null;
end $$;

create function clients_refresh_facts_of_changed_records() returns trigger language plpgsql as $$
begin
    perform clients_facts_refresh(array(select distinct client_id from changed));
    return null;
end $$;

create trigger client_facts_insert after insert on client referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_clients();
create trigger client_facts_update after update on client referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_clients();
create trigger client_facts_delete after delete on client referencing old table as changed
    for each statement execute function clients_refresh_facts_of_changed_clients();

create trigger referral_facts_insert after insert on referral referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger referral_facts_update after update on referral referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger referral_facts_delete after delete on referral referencing old table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();

create trigger service_end_facts_insert after insert on service_end referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger service_end_facts_update after update on service_end referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger service_end_facts_delete after delete on service_end referencing old table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();

create trigger coach_assignment_facts_insert after insert on coach_assignment referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger coach_assignment_facts_update after update on coach_assignment referencing new table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();
create trigger coach_assignment_facts_delete after delete on coach_assignment referencing old table as changed
    for each statement execute function clients_refresh_facts_of_changed_records();

insert into clients_facts_episode select * from clients_facts_episode_of_records;
insert into clients_facts_phase select * from clients_facts_phase_of_records;

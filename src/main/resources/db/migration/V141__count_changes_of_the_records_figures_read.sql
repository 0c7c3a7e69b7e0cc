-- The version of the records that kept figures read (decision 0091). Every statement that changes one of those records
-- adds a row to records_change in its own transaction, so the version (the rows folded into records_change_count plus
-- those not yet folded) rises exactly when such a change commits, and never waits for another writer: rows are only
-- added. RecordsVersion folds the committed rows into the count every minute, which leaves the version as it is.
create table records_change (
    id bigint generated always as identity primary key
);

create table records_change_count (
    only_row boolean primary key default true check (only_row),
    changes bigint not null
);
insert into records_change_count (changes) values (0);

-- the trigger of each table below; the setting tells platform_records_version that this transaction has changed a
-- record (it ends with the transaction, or with the savepoint that is rolled back)
create function platform_records_changed() returns trigger language plpgsql as $$
begin
    insert into records_change default values;
    perform set_config('placera.records_changed', 'on', true);
    return null;
end $$;

-- null in a transaction that has changed such a record itself: what it reads is not yet, and may never be, committed
create function platform_records_version() returns bigint language sql stable as $$
    select case when current_setting('placera.records_changed', true) = 'on' then null
                else (select changes from records_change_count) + (select count(*) from records_change) end
$$;

-- Each module's tables that the kept figures read (the outcome report, the team view's figures), directly or through
-- the facts they name; KeptFiguresIT follows those facts through PostgreSQL's catalog and fails when a table read has
-- no such trigger. A statement that changes no row counts too: the version may rise without a change, never stay put
-- with one.

-- clients
create trigger client_counts_changes after insert or update or delete or truncate on client
    for each statement execute function platform_records_changed();
create trigger referral_counts_changes after insert or update or delete or truncate on referral
    for each statement execute function platform_records_changed();
create trigger coach_caseload_counts_changes after insert or update or delete or truncate on coach_caseload
    for each statement execute function platform_records_changed();
create trigger clients_facts_episode_counts_changes after insert or update or delete or truncate on clients_facts_episode
    for each statement execute function platform_records_changed();
create trigger clients_facts_phase_counts_changes after insert or update or delete or truncate on clients_facts_phase
    for each statement execute function platform_records_changed();

-- consent
create trigger cooperation_agreement_counts_changes after insert or update or delete or truncate on cooperation_agreement
    for each statement execute function platform_records_changed();

-- planning
create trigger action_plan_counts_changes after insert or update or delete or truncate on action_plan
    for each statement execute function platform_records_changed();
create trigger action_plan_review_counts_changes after insert or update or delete or truncate on action_plan_review
    for each statement execute function platform_records_changed();

-- employers
create trigger employer_contact_counts_changes after insert or update or delete or truncate on employer_contact
    for each statement execute function platform_records_changed();

-- jobs
create trigger job_counts_changes after insert or update or delete or truncate on job
    for each statement execute function platform_records_changed();

-- support
create trigger support_contact_counts_changes after insert or update or delete or truncate on support_contact
    for each statement execute function platform_records_changed();
create trigger support_due_counts_changes after insert or update or delete or truncate on support_due
    for each statement execute function platform_records_changed();

-- meetings
create trigger agency_contact_counts_changes after insert or update or delete or truncate on agency_contact
    for each statement execute function platform_records_changed();
create trigger care_team_meeting_counts_changes after insert or update or delete or truncate on care_team_meeting
    for each statement execute function platform_records_changed();
create trigger team_meeting_counts_changes after insert or update or delete or truncate on team_meeting
    for each statement execute function platform_records_changed();

-- organisation
create trigger ips_team_counts_changes after insert or update or delete or truncate on ips_team
    for each statement execute function platform_records_changed();
create trigger ips_team_membership_counts_changes after insert or update or delete or truncate on ips_team_membership
    for each statement execute function platform_records_changed();
create trigger care_team_membership_counts_changes after insert or update or delete or truncate on care_team_membership
    for each statement execute function platform_records_changed();
create trigger staff_member_counts_changes after insert or update or delete or truncate on staff_member
    for each statement execute function platform_records_changed();

-- A consent entry (issue 28 §8, decision 0066): the coach records several kinds of information for one party in one
-- form submit. Each kind stays a row of its own, as every reader of consents reads them (party × kind: the access
-- decision, consent_facts_*, emergency access, employers' disclosure checks, research); the rows of one submit share
-- entry_id, so that the consents table shows them together. A row written without one (the demo data generator,
-- every row before this) is an entry of its own.
alter table consent add column entry_id uuid;
update consent set entry_id = id;
alter table consent alter column entry_id set default gen_random_uuid();
alter table consent alter column entry_id set not null;

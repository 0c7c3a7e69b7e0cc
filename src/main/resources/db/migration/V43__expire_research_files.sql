-- Extract and linkage files are not kept for ever (data minimisation, GDPR art. 5(1)(e)): a file not taken within
-- its keeping time (placera.research.keep-days.*) is deleted and its job becomes EXPIRED. The row, its checksum and
-- the disclosure trail stay: they say what was made and what left, not the data.
alter table research_extract drop constraint research_extract_state_check;
alter table research_extract add constraint research_extract_state_check
    check (state in ('QUEUED', 'RUNNING', 'READY', 'DELIVERED', 'FAILED', 'EXPIRED'));
alter table research_extract drop constraint research_extract_check;
alter table research_extract add constraint research_extract_file_check
    check ((state in ('READY', 'DELIVERED', 'EXPIRED')) = (sha256 is not null));
alter table research_extract add column expired_at timestamptz;
alter table research_extract add constraint research_extract_expired_check
    check ((state = 'EXPIRED') = (expired_at is not null));
create index research_extract_ready_idx on research_extract (finished_at) where state = 'READY';

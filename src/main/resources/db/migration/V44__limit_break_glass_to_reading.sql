-- Emergency access reads; it never writes (docs/decisions/0030-emergency-access-reads.md).
-- 1. A grant names the kinds of the client's information that the emergency needs; reads of any other kind are
--    refused. Grants opened before this change covered every kind; they are at most 3 hours old, so they keep only
--    the client's identity, which is what every grant includes.
alter table break_glass_access add column kinds text[] not null default '{IDENTITY}';
alter table break_glass_access alter column kinds drop default;
alter table break_glass_access add constraint break_glass_access_kinds_check
    check (cardinality(kinds) > 0 and 'IDENTITY' = any (kinds) and kinds <@ array['IDENTITY', 'SERVICE_RECORD',
        'ACTION_PLAN', 'VOCATIONAL_PROFILE', 'EMPLOYMENT', 'BENEFITS', 'HEALTH', 'EVALUATION']::text[]);

-- 2. The access log names what was done truthfully: a write is no longer logged as a VIEW. data_kind may list
--    several kinds (comma-separated), as a page that shows several is one row (LG1: one view, one row).
alter table access_log drop constraint access_log_action_check;
alter table access_log add constraint access_log_action_check
    check (action in ('VIEW', 'PRINT', 'EXPORT', 'API_READ', 'DISCLOSURE', 'ERASE', 'CREATE', 'UPDATE', 'WITHDRAW',
                      'INVITE'));

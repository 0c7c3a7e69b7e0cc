-- An erasure carried out on a client's request (GDPR art. 17) is logged like any other use of the client's data,
-- with its own action (docs/decisions/0025-erasure.md).
alter table access_log drop constraint access_log_action_check;
alter table access_log add constraint access_log_action_check
    check (action in ('VIEW', 'PRINT', 'EXPORT', 'API_READ', 'DISCLOSURE', 'ERASE'));

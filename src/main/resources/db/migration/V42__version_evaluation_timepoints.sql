-- A team's follow-up schedule becomes editable in a page (issue 11). A timepoint row is never changed in place:
-- a change retires the row (valid_to = the day of the change) and adds a new one with the same code
-- (valid_from = that day), so a follow-up that had already opened under the old row keeps its due day, window and
-- questionnaires, and one that had not yet opened follows the new row. Rows without validity dates (the default
-- schedule, and a team's copy of it) have always applied. A custom timepoint carries its own name in fi, sv and en;
-- the default codes are named by the message keys evaluation.timepoint.<CODE>.
alter table evaluation_timepoint
    add column labels     jsonb check (labels is null or (jsonb_typeof(labels -> 'fi') = 'string'
                                                          and jsonb_typeof(labels -> 'sv') = 'string'
                                                          and jsonb_typeof(labels -> 'en') = 'string')),
    add column valid_from date,
    add column valid_to   date,
    add column changed_by uuid,
    add constraint evaluation_timepoint_validity check (valid_to is null or valid_from is null or valid_to >= valid_from),
    add constraint evaluation_timepoint_default_fixed check (ips_team_id is not null or (valid_from is null and valid_to is null));

-- one row in force per team (or the default schedule) and code; retired rows keep their history
drop index evaluation_timepoint_uq;
create unique index evaluation_timepoint_uq
    on evaluation_timepoint (coalesce(ips_team_id, '00000000-0000-0000-0000-000000000000'::uuid), code)
    where valid_to is null;
create index evaluation_timepoint_team_idx on evaluation_timepoint (ips_team_id);

-- A tracker's fixed-term job with an empty end date is an ongoing fixed-term job whose contract end the tracker does
-- not tell (data-exchange.md, clarified in issue 22): such a job has no contract end. A job recorded in Placera's own
-- forms still always names it (the jobs module refuses one without); a contract end still needs a fixed term.
do $$
declare
    old_check text;
begin
    select conname into old_check from pg_constraint
    where conrelid = 'job'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%contract_type%FIXED_TERM%contract_ends_on%';
    execute format('alter table job drop constraint %I', old_check);
end $$;
alter table job add constraint job_contract_end_only_for_fixed_term
    check (contract_type = 'FIXED_TERM' or contract_ends_on is null);

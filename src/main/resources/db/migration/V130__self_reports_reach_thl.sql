-- Self-evaluations and interim reports that reach THL (issue 27 §4, decision 0085). A report is a team's or, with
-- no team, its welfare area's; it is a draft until submitted, read-only from then on, and acknowledged by an
-- evaluator of a study that covers its area. Reports written before this were never sent anywhere: they stay drafts.
alter table evaluation_self_report alter column ips_team_id drop not null;
alter table evaluation_self_report add column area_id smallint references welfare_area (id);
update evaluation_self_report r set area_id = t.area_id from ips_team t where t.id = r.ips_team_id;
alter table evaluation_self_report alter column area_id set not null;
alter table evaluation_self_report
    add column state text not null default 'DRAFT' check (state in ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED')),
    add column submitted_at timestamptz,
    add column submitted_by uuid,
    add column acknowledged_at timestamptz,
    add column acknowledged_by uuid,
    add constraint evaluation_self_report_submitted check ((state = 'DRAFT') = (submitted_at is null)),
    add constraint evaluation_self_report_acknowledged check ((state = 'ACKNOWLEDGED') = (acknowledged_at is not null));
create index evaluation_self_report_area_idx on evaluation_self_report (area_id, state);

-- The team reports an area's report assembled, fixed when the area's report is submitted: a team report is
-- read-only once submitted, so the area's report shows what its teams sent.
create table evaluation_self_report_part (
    area_report_id uuid not null references evaluation_self_report (id),
    team_report_id uuid not null references evaluation_self_report (id),
    primary key (area_report_id, team_report_id)
);
create index evaluation_self_report_part_team_idx on evaluation_self_report_part (team_report_id);

-- Nothing of a submitted report changes but its acknowledgement: refused here too, whichever code tries.
create function evaluation_self_report_read_only() returns trigger language plpgsql as $$
begin
    if old.state <> 'DRAFT' and (new.kind, new.period_from, new.period_to, new.what_worked, new.for_whom,
            new.circumstances, new.barriers, new.changes_made, new.ips_team_id, new.area_id)
            is distinct from (old.kind, old.period_from, old.period_to, old.what_worked, old.for_whom,
            old.circumstances, old.barriers, old.changes_made, old.ips_team_id, old.area_id) then
        raise exception 'a submitted self-report is read-only';
    end if;
    return new;
end $$;
create trigger evaluation_self_report_read_only before update on evaluation_self_report
    for each row execute function evaluation_self_report_read_only();

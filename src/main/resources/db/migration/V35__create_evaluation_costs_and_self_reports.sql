-- A team's costs for a calendar year, entered by its leader, and the unit costs behind the alternative-cost estimate
-- (what the people who got work would have cost without it: benefits and care per month, for an assumed number of
-- months in work). The outcome report gives the clients served, in work and the job starts of the same year.
create table evaluation_team_cost (
    ips_team_id       uuid not null references ips_team (id),
    year              smallint not null check (year between 2000 and 2100),
    staff_fte         numeric(6, 2) not null check (staff_fte >= 0),
    salary_cost       numeric(12, 2) not null check (salary_cost >= 0),
    premises_cost     numeric(12, 2) not null check (premises_cost >= 0),
    travel_cost       numeric(12, 2) not null check (travel_cost >= 0),
    training_cost     numeric(12, 2) not null check (training_cost >= 0),
    other_cost        numeric(12, 2) not null check (other_cost >= 0),
    benefit_per_month numeric(10, 2) not null check (benefit_per_month >= 0),
    care_per_month    numeric(10, 2) not null check (care_per_month >= 0),
    months_in_work    numeric(4, 1) not null check (months_in_work between 0 and 12),
    updated_by        uuid not null,
    primary key (ips_team_id, year)
);

-- Self-evaluations and interim reports of a regional trial, per team and period: what worked, for whom, in which
-- circumstances, the barriers met and the changes made (realist evaluation).
create table evaluation_self_report (
    id            uuid primary key,
    ips_team_id   uuid not null references ips_team (id),
    kind          text not null check (kind in ('SELF_EVALUATION', 'INTERIM_REPORT')),
    period_from   date not null,
    period_to     date not null check (period_to >= period_from),
    what_worked   text check (length(what_worked) <= 4000),
    for_whom      text check (length(for_whom) <= 4000),
    circumstances text check (length(circumstances) <= 4000),
    barriers      text check (length(barriers) <= 4000),
    changes_made  text check (length(changes_made) <= 4000),
    version       integer not null,
    updated_by    uuid not null,
    idempotency_key uuid not null unique
);
create index evaluation_self_report_team_idx on evaluation_self_report (ips_team_id, period_to);

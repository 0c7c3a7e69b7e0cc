-- A coach's time per ISO week, by activity and place, recorded optionally and quickly. It is what two IPS
-- fidelity items need and nothing else records: S2 (share of coach time spent on employment work, 96% or
-- more scores 5) and V13 (share of scheduled hours spent in the community, 65% or more scores 5).
-- One row per week, activity and place; recording a week again replaces that week's rows.
-- Privileges for the application role come from the default privileges set in V1.
create table coach_time (
    id              uuid primary key,
    area_id         smallint not null references welfare_area (id),
    staff_member_id uuid not null references staff_member (id),
    week_start      date not null check (extract(isodow from week_start) = 1),
    activity        text not null check (activity in ('JOB_DEVELOPMENT', 'CLIENT_WORK', 'FOLLOW_ALONG', 'CARE_TEAM',
                                                      'TEAM_MEETING', 'DOCUMENTATION', 'OTHER_THAN_EMPLOYMENT')),
    place           text not null check (place in ('COMMUNITY', 'OFFICE')),
    hours           numeric(4, 1) not null check (hours > 0 and hours <= 80),
    recorded_by     uuid not null,
    unique (staff_member_id, week_start, activity, place)
);

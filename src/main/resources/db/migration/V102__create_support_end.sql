-- Follow-along support is time-unlimited: after the first year's schedule it goes on, monthly or as a tapering
-- decision spaced it, until the client ends it (decision 0073). This is the client's end, recorded by the coach:
-- the day, how the client said it, and who recorded it. A new job after it starts a new schedule.
create table support_end (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    area_id     smallint not null references welfare_area (id),
    ended_on    date not null,
    how         text not null check (length(how) between 1 and 500),
    recorded_by uuid not null
);

create index support_end_client_idx on support_end (client_id, ended_on);

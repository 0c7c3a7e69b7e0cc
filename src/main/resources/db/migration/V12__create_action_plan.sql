-- The client's action plan: goals in the client's own words, steps and who does what. Agreed at the
-- start, reviewed at 3, 6 and 12 months and whenever needed; every saved version is kept.
create table action_plan (
    id               uuid primary key,
    client_id        uuid not null unique references client (id),
    area_id          smallint not null references welfare_area (id),
    started_on       date not null,
    goals            text not null check (length(goals) between 1 and 4000),
    steps            text check (length(steps) <= 4000),
    responsibilities text check (length(responsibilities) <= 4000),
    version          integer not null
);

create table action_plan_version (
    plan_id          uuid not null references action_plan (id),
    version          integer not null,
    goals            text not null,
    steps            text,
    responsibilities text,
    saved_at         timestamptz not null,
    saved_by         uuid not null,
    primary key (plan_id, version)
);

create table action_plan_review (
    id           uuid primary key,
    plan_id      uuid not null references action_plan (id),
    area_id      smallint not null references welfare_area (id),
    reviewed_on  date not null,
    milestone    integer check (milestone in (3, 6, 12)),
    what_changed text not null check (length(what_changed) between 1 and 4000),
    recorded_by  uuid not null,
    unique (plan_id, milestone)
);

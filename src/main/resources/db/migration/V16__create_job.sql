-- Clients' jobs (competitive employment periods and others) and, apart from them, studies.
-- Hours 0–80 a week (zero-hour contracts exist); an empty end date means ongoing; a fixed-term contract
-- says when it ends. Parallel part-time jobs may overlap, so overlaps are allowed here.
create table job (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    area_id          smallint not null references welfare_area (id),
    employer_id      uuid not null references employer (id),
    title            text check (length(title) between 1 and 200),
    occupation_code  text check (occupation_code ~ '^[0-9]{1,5}$'),
    started_on       date not null,
    ended_on         date check (ended_on >= started_on),
    hours_per_week   numeric(4, 1) not null check (hours_per_week between 0 and 80),
    wage_basis       text not null check (wage_basis in ('HOURLY', 'MONTHLY', 'OTHER')),
    contract_type    text not null check (contract_type in ('PERMANENT', 'FIXED_TERM', 'OTHER')),
    contract_ends_on date check (contract_ends_on >= started_on),
    competitive      boolean not null,
    end_reason       text check (end_reason in ('CONTRACT_ENDED', 'CLIENT_RESIGNED', 'DISMISSED', 'MUTUAL_AGREEMENT',
                                               'MOVED_TO_ANOTHER_JOB', 'OTHER')),
    recorded_by      uuid not null,
    idempotency_key  uuid not null unique,
    version          integer not null,
    check ((contract_type = 'FIXED_TERM') = (contract_ends_on is not null)),
    check ((ended_on is null) = (end_reason is null))
);
create index job_client_idx on job (client_id, started_on);
create index job_area_start_idx on job (area_id, started_on);

-- Changes of hours or pay during a job, kept as history.
create table job_terms_change (
    id             uuid primary key,
    job_id         uuid not null references job (id),
    area_id        smallint not null references welfare_area (id),
    changed_on     date not null,
    hours_per_week numeric(4, 1) not null check (hours_per_week between 0 and 80),
    wage_basis     text not null check (wage_basis in ('HOURLY', 'MONTHLY', 'OTHER')),
    recorded_by    uuid not null
);

create table study (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    institution     text not null check (length(institution) between 1 and 200),
    programme       text check (length(programme) <= 200),
    started_on      date not null,
    ended_on        date check (ended_on >= started_on),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index study_client_idx on study (client_id);

-- Benefits counselling (fidelity item V1): individual sessions so that working never costs the client
-- their security. Counselling is due at the start of the service and before each job start and change
-- of hours or pay; those dues raised by job events are kept in counselling_due.
create table benefits_counselling (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    counselled_on   date not null,
    counsellor      text not null check (counsellor in ('COACH', 'BENEFITS_ADVISER')),
    adviser_name    text check (length(adviser_name) between 1 and 200),
    topics          text[] not null check (cardinality(topics) > 0 and topics <@ array['EARNINGS_LIMITS',
                        'DISABILITY_PENSION', 'REHABILITATION_ALLOWANCE', 'HOUSING_ALLOWANCE', 'REPORTING_EARNINGS',
                        'OTHER']::text[]),
    outcome         text check (length(outcome) <= 4000),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique,
    check ((counsellor = 'BENEFITS_ADVISER') = (adviser_name is not null))
);
create index benefits_counselling_client_idx on benefits_counselling (client_id, counselled_on);

-- A due raised by an event (a job starting, hours or pay changing). It is met by any session on or
-- after met_from, so counselling given while the job was still being negotiated counts.
create table counselling_due (
    id         uuid primary key,
    client_id  uuid not null references client (id),
    area_id    smallint not null references welfare_area (id),
    reason     text not null check (reason in ('JOB_START', 'HOURS_OR_PAY_CHANGE')),
    source_id  uuid not null,
    due_on     date not null,
    met_from   date not null check (met_from <= due_on),
    unique (reason, source_id, due_on)
);
create index counselling_due_client_idx on counselling_due (client_id);

-- Follow-along support (fidelity V12): time-unlimited. A job start proposes a schedule of support contacts
-- (within a week before the start, within three days after, weekly in the first month, then monthly for a
-- year); a job end makes a contact due within three days. A due is met by any support contact in its window
-- [window_from, due_on]. The coach and the client adjust the schedule: a due can be moved or cancelled with
-- a reason; tapering is a recorded decision, never an automatic end.
create table support_due (
    id            uuid primary key,
    client_id     uuid not null references client (id),
    area_id       smallint not null references welfare_area (id),
    job_id        uuid references job (id),
    kind          text not null check (kind in ('BEFORE_START', 'AFTER_START', 'FIRST_MONTH_WEEKLY', 'MONTHLY',
                                                'AFTER_JOB_END')),
    window_from   date not null,
    due_on        date not null check (due_on >= window_from),
    cancelled     boolean not null default false,
    cancel_reason text check (length(cancel_reason) <= 500),
    check (cancelled = (cancel_reason is not null)),
    unique (job_id, kind, window_from)
);
create index support_due_client_idx on support_due (client_id, due_on);

create table support_contact (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    area_id          smallint not null references welfare_area (id),
    contacted_on     date not null,
    on_the_job       boolean not null,
    with_whom        text[] not null check (cardinality(with_whom) > 0 and with_whom <@ array['CLIENT', 'EMPLOYER',
                         'WORK_COMMUNITY', 'CARE_TEAM', 'FAMILY']::text[]),
    natural_supports text check (length(natural_supports) <= 2000),
    note             text check (length(note) <= 4000),
    recorded_by      uuid not null,
    idempotency_key  uuid not null unique
);
create index support_contact_client_idx on support_contact (client_id, contacted_on);

create table support_tapering (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    decided_on      date not null,
    every_months    integer not null check (every_months between 2 and 6),
    reason          text not null check (length(reason) between 1 and 2000),
    recorded_by     uuid not null
);

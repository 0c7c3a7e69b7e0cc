-- Job leads: an opening an employer has, or a job that could be carved from their work, shared by the IPS
-- team and optionally meant for one client. A lead stays on the board until it is filled or closed.
create table job_lead (
    id              uuid primary key,
    area_id         smallint not null references welfare_area (id),
    employer_id     uuid not null references employer (id),
    kind            text not null check (kind in ('OPENING', 'CARVED_JOB')),
    title           text not null check (length(title) between 1 and 200),
    description     text check (length(description) <= 2000),
    client_id       uuid references client (id),
    noted_on        date not null,
    status          text not null check (status in ('OPEN', 'FILLED', 'CLOSED')),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index job_lead_open_idx on job_lead (area_id, status, noted_on);

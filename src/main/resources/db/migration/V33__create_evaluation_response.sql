-- Answers to evaluation instruments. A response points at the instrument version it was given under, so a later
-- version never changes it. A client's response (the client's own questionnaire or the coach's form about the
-- client) names the client and the follow-up timepoint; an employer, care-team or coach questionnaire names the
-- team, the period and the respondent instead. Answers are kept as typed per item; scores are computed from them by
-- the version's rules whenever they are shown.
create table evaluation_response (
    id              uuid primary key,
    instrument_id   uuid not null references evaluation_instrument (id),
    area_id         smallint not null references welfare_area (id),
    ips_team_id     uuid not null references ips_team (id),
    client_id       uuid references client (id),
    timepoint       text check (timepoint ~ '^[A-Z0-9_]{1,40}$'),
    period_from     date,
    period_to       date check (period_to >= period_from),
    respondent_name text check (length(respondent_name) <= 200),
    answered_by     text not null check (answered_by in ('COACH', 'LINK')),
    state           text not null check (state in ('DRAFT', 'SUBMITTED')),
    answered_on     date not null,
    created_by      uuid not null,
    created_at      timestamptz not null,
    submitted_at    timestamptz,
    idempotency_key uuid not null unique,
    check ((state = 'SUBMITTED') = (submitted_at is not null)),
    check (client_id is not null or (period_from is not null and period_to is not null))
);
create index evaluation_response_client_idx on evaluation_response (client_id) where client_id is not null;
create index evaluation_response_team_idx on evaluation_response (ips_team_id, answered_on);

create table evaluation_answer (
    response_id uuid not null references evaluation_response (id),
    item_code   text not null,
    value       text not null check (length(value) between 1 and 4000),
    primary key (response_id, item_code)
);

-- A one-time link to answer one response without logging in: only the SHA-256 of the token is stored (the token,
-- 256 random bits, is shown once when the link is made). A link works until it expires or its response is submitted.
create table evaluation_link (
    token_hash  bytea primary key check (length(token_hash) = 32),
    response_id uuid not null unique references evaluation_response (id),
    language    text not null check (language in ('fi', 'sv', 'en')),
    expires_at  timestamptz not null,
    created_at  timestamptz not null,
    opened_at   timestamptz
);

-- The follow-up schedule: the timepoints at which the listed instruments are due for each enrolled client. Rows
-- without a team are the default; a team with rows of its own follows those instead. A timepoint is due so many
-- months after enrolment (the cooperation agreement), or at the mid-point or end of the team's programme period.
create table evaluation_timepoint (
    id          uuid primary key,
    ips_team_id uuid references ips_team (id),
    code        text not null check (code ~ '^[A-Z0-9_]{1,40}$'),
    position    smallint not null,
    anchor      text not null check (anchor in ('ENROLMENT', 'PROGRAMME_MID', 'PROGRAMME_END')),
    months      smallint not null default 0 check (months between 0 and 120),
    instruments text[] not null check (cardinality(instruments) > 0),
    window_days smallint not null default 30 check (window_days between 1 and 365)
);
create unique index evaluation_timepoint_uq on evaluation_timepoint (coalesce(ips_team_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

-- A regional trial's programme period, per IPS team: the mid-point and end measurements fall on its dates.
create table evaluation_programme (
    ips_team_id uuid primary key references ips_team (id),
    starts_on   date not null,
    ends_on     date not null check (ends_on > starts_on)
);

insert into evaluation_timepoint (id, ips_team_id, code, position, anchor, months, instruments) values
    ('6e7a0000-0000-4000-8000-000000000101', null, 'BASELINE', 1, 'ENROLMENT', 0, '{WHO-5,PHQ-9,GAD-7,MHI-5,WHODAS-12,BACKGROUND,REFERRAL}'),
    ('6e7a0000-0000-4000-8000-000000000102', null, 'MID_POINT', 2, 'PROGRAMME_MID', 0, '{WHO-5,PHQ-9,GAD-7,MHI-5,WHODAS-12}'),
    ('6e7a0000-0000-4000-8000-000000000103', null, 'END', 3, 'PROGRAMME_END', 0, '{WHO-5,PHQ-9,GAD-7,MHI-5,WHODAS-12}'),
    ('6e7a0000-0000-4000-8000-000000000104', null, 'MONTHS_6', 4, 'ENROLMENT', 6, '{WHO-5,PHQ-9,GAD-7,MHI-5,WHODAS-12}'),
    ('6e7a0000-0000-4000-8000-000000000105', null, 'MONTHS_12', 5, 'ENROLMENT', 12, '{WHO-5,PHQ-9,GAD-7,MHI-5,WHODAS-12}');

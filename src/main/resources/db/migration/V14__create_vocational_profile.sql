-- The vocational profile (fidelity items V2, V3): built with the client in 1–3 meetings and updated after
-- each job. Every save is a new row, so the history is the table itself; a save based on an old version
-- collides on the primary key and is refused as a conflict instead of overwriting someone's work.
create table vocational_profile (
    client_id             uuid not null references client (id),
    version               integer not null check (version > 0),
    area_id               smallint not null references welfare_area (id),
    strengths             text check (length(strengths) <= 4000),
    interests             text check (length(interests) <= 4000),
    goals                 text check (length(goals) <= 4000),
    education             text check (length(education) <= 4000),
    work_history          text check (length(work_history) <= 4000),
    skills                text check (length(skills) <= 4000),
    support_needs         text check (length(support_needs) <= 4000),
    preferred_work        text check (length(preferred_work) <= 4000),
    preferred_hours       text check (length(preferred_hours) <= 4000),
    preferred_location    text check (length(preferred_location) <= 4000),
    disclosure_preference text not null check (disclosure_preference in ('UNDECIDED', 'DISCLOSE', 'PARTLY', 'NOT_DISCLOSE')),
    saved_at              timestamptz not null,
    saved_by              uuid not null,
    primary key (client_id, version)
);

create table profile_meeting (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    number          integer not null check (number > 0),
    met_on          date not null,
    covered         text not null check (length(covered) between 1 and 4000),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique,
    unique (client_id, number)
);

-- Disclosure is never required: the client decides, after pros and cons are discussed, what (if anything)
-- an employer is told and in which words; the decision is revisited.
create table disclosure_discussion (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    area_id         smallint not null references welfare_area (id),
    discussed_on    date not null,
    pros            text check (length(pros) <= 4000),
    cons            text check (length(cons) <= 4000),
    agreed_wording  text check (length(agreed_wording) <= 4000),
    decision        text not null check (decision in ('UNDECIDED', 'DISCLOSE', 'PARTLY', 'NOT_DISCLOSE')),
    revisit_on      date check (revisit_on >= discussed_on),
    recorded_by     uuid not null,
    idempotency_key uuid not null unique
);
create index disclosure_discussion_client_idx on disclosure_discussion (client_id);

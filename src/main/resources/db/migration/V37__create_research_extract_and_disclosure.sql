-- Extracts and register linkage files of research studies (issue 12), built in the background: a row is the job,
-- with its progress (rows done of the total), and once ready the file's name in the work directory
-- (placera.research.work-dir), size and SHA-256. A linkage file is delivered once and then deleted (DELIVERED).
create table research_extract (
    id            uuid primary key,
    study_id      bigint not null references research_study (id),
    kind          text not null check (kind in ('EXTRACT', 'LINKAGE')),
    area_ids      smallint[] not null check (cardinality(area_ids) > 0),
    requested_by  uuid not null references user_account (id),
    requested_at  timestamptz not null,
    state         text not null check (state in ('QUEUED', 'RUNNING', 'READY', 'DELIVERED', 'FAILED')),
    rows_done     bigint not null default 0,
    rows_total    bigint,
    clients       integer,
    file_name     text check (file_name ~ '^[a-z0-9-]+\.(zip|csv)$'),
    size_bytes    bigint,
    sha256        text check (sha256 ~ '^[0-9a-f]{64}$'),
    failure       text check (length(failure) <= 200),
    finished_at   timestamptz,
    delivered_at  timestamptz,
    check ((state in ('READY', 'DELIVERED')) = (sha256 is not null))
);
create index research_extract_study_idx on research_extract (study_id, requested_at);

-- The disclosure trail (decision 0023): one row for every extract or linkage file that leaves Placera, written in
-- the same transaction as the delivery: who took it, what (study, kind, file), how many clients' data, for whom
-- (recipient) and on what legal basis, with the file's SHA-256 so the delivered file can be recognised later.
create table research_disclosure (
    id            bigint generated always as identity primary key,
    extract_id    uuid not null references research_extract (id),
    study_id      bigint not null references research_study (id),
    kind          text not null check (kind in ('EXTRACT', 'LINKAGE')),
    area_ids      smallint[] not null,
    disclosed_at  timestamptz not null,
    account_id    uuid not null references user_account (id),
    username      text not null,
    clients       integer not null check (clients >= 0),
    recipient     text not null check (length(recipient) between 1 and 300),
    legal_basis   text not null check (length(legal_basis) between 1 and 300),
    file_name     text not null,
    sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$')
);
create index research_disclosure_study_idx on research_disclosure (study_id, disclosed_at);
create index research_disclosure_area_idx on research_disclosure using gin (area_ids);

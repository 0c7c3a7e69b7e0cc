-- Research studies of the national evaluation (issue 12). A study names the areas and period it covers, the legal
-- basis of the data's use (a data permit and its number, or the clients' consent), how dates are protected (shifted
-- per person by a keyed offset, or reduced to months) and whether a register linkage file may be produced for the
-- permit holder's trusted third party. The study's pseudonymisation key is never stored here: it is a file in the
-- key directory (placera.research.key-dir), outside the database and its backups (decision 0022).
create table research_study (
    id                  bigint generated always as identity primary key,
    name                text not null unique check (length(name) between 1 and 200),
    basis_kind          text not null check (basis_kind in ('PERMIT', 'CONSENT')),
    basis_reference     text not null check (length(basis_reference) between 1 and 200),
    period_from         date not null,
    period_to           date not null check (period_to >= period_from),
    date_handling       text not null check (date_handling in ('SHIFT', 'MONTH')),
    linkage_permitted   boolean not null,
    trusted_third_party text check (length(trusted_third_party) <= 200),
    created_by          uuid not null,
    created_at          timestamptz not null,
    check (not linkage_permitted or (basis_kind = 'PERMIT' and trusted_third_party is not null))
);

create table research_study_area (
    study_id bigint not null references research_study (id) on delete cascade,
    area_id  smallint not null references welfare_area (id),
    primary key (study_id, area_id)
);
create index research_study_area_area_idx on research_study_area (area_id);

-- The evaluators (accounts with the EVALUATOR role) who use a study's data.
create table research_study_evaluator (
    study_id   bigint not null references research_study (id) on delete cascade,
    account_id uuid not null references user_account (id),
    primary key (study_id, account_id)
);
create index research_study_evaluator_account_idx on research_study_evaluator (account_id);

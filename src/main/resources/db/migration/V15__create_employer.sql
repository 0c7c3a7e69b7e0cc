-- Employers, IPS's second client group, shared by the IPS team of a welfare area. The business ID is
-- unique within the area; the normalised name lets a second registration of the same employer be noticed.
create table employer (
    id             uuid primary key,
    area_id        smallint not null references welfare_area (id),
    name           text not null check (length(name) between 1 and 200),
    name_key       text not null,
    business_id    text check (business_id ~ '^[0-9]{7}-[0-9]$'),
    sector         text check (length(sector) <= 200),
    locations      text check (length(locations) <= 2000),
    contact_people text check (length(contact_people) <= 2000),
    needs          text check (length(needs) <= 4000),
    notes          text check (length(notes) <= 4000),
    version        integer not null
);
create unique index employer_business_id_uq on employer (area_id, business_id) where business_id is not null;
create index employer_name_key_idx on employer (area_id, name_key);

-- Employer contacts (fidelity items V4–V7): who met which employer, how, why, and about which client.
create table employer_contact (
    id                  uuid primary key,
    area_id             smallint not null references welfare_area (id),
    employer_id         uuid not null references employer (id),
    coach_staff_id      uuid not null references staff_member (id),
    contacted_on        date not null,
    mode                text not null check (mode in ('FACE_TO_FACE', 'PHONE', 'EMAIL', 'OTHER')),
    purpose             text not null check (purpose in ('GENERAL_JOB_DEVELOPMENT', 'ABOUT_CLIENT', 'FOLLOW_UP')),
    client_id           uuid references client (id),
    client_present      boolean not null default false,
    followed_preference boolean,
    outcome             text check (length(outcome) <= 2000),
    next_step           text check (length(next_step) <= 2000),
    recorded_by         uuid not null,
    idempotency_key     uuid not null unique,
    check (purpose <> 'ABOUT_CLIENT' or client_id is not null),
    check (client_id is not null or (not client_present and followed_preference is null))
);
create index employer_contact_coach_day_idx on employer_contact (coach_staff_id, contacted_on);
create index employer_contact_employer_idx on employer_contact (employer_id, contacted_on);
create index employer_contact_client_idx on employer_contact (client_id, contacted_on) where client_id is not null;

-- What an employer and the coach agreed: supports at work, job carving and adaptations, subsidies applied
-- for, training of the work community, the employer's contact person, and when to follow up.
create table employer_agreement (
    id                 uuid primary key,
    area_id            smallint not null references welfare_area (id),
    employer_id        uuid not null references employer (id),
    client_id          uuid references client (id),
    agreed_on          date not null,
    supports           text check (length(supports) <= 4000),
    adaptations        text check (length(adaptations) <= 4000),
    subsidies          text check (length(subsidies) <= 2000),
    training_on        date,
    training_attendees text check (length(training_attendees) <= 2000),
    contact_person     text check (length(contact_person) <= 200),
    follow_up_on       date check (follow_up_on >= agreed_on),
    recorded_by        uuid not null,
    idempotency_key    uuid not null unique
);
create index employer_agreement_employer_idx on employer_agreement (employer_id);

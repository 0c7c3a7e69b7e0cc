-- The client's own pages (portal): comments the client adds to their action plan and withdrawals of consent
-- they made themselves, both shown to the coach on the record timeline.
create table client_comment (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    area_id     smallint not null references welfare_area (id),
    topic       text not null check (topic in ('ACTION_PLAN')),
    comment     text not null check (length(comment) between 1 and 2000),
    written_at  timestamptz not null,
    account_id  uuid not null references user_account (id)
);
create index client_comment_client_idx on client_comment (client_id, written_at);

create table client_withdrawal (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    area_id      smallint not null references welfare_area (id),
    consent_id   uuid not null references consent (id),
    withdrawn_at timestamptz not null,
    account_id   uuid not null references user_account (id)
);
create index client_withdrawal_client_idx on client_withdrawal (client_id, withdrawn_at);

-- Rights requests under GDPR articles 15-18: a copy of the data, rectification, restriction, erasure. Each has a
-- state and a deadline (one month from receipt); every change of state is a row in rights_request_event.
create table rights_request (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    area_id      smallint not null references welfare_area (id),
    kind         text not null check (kind in ('ACCESS', 'RECTIFICATION', 'RESTRICTION', 'ERASURE')),
    details      text check (length(details) <= 2000),
    state        text not null check (state in ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REFUSED')),
    received_at  timestamptz not null,
    due_on       date not null,
    made_by      uuid not null references user_account (id),
    resolution   text check (length(resolution) <= 2000),
    version      integer not null
);
create index rights_request_area_idx on rights_request (area_id, state, due_on);
create index rights_request_client_idx on rights_request (client_id, received_at);

create table rights_request_event (
    request_id  uuid not null references rights_request (id),
    seq         integer not null,
    state       text not null,
    note        text check (length(note) <= 2000),
    occurred_at timestamptz not null,
    account_id  uuid not null references user_account (id),
    primary key (request_id, seq)
);

-- Restriction of processing (GDPR art. 18): while a row has no lifted_at, only the designated role may read the
-- client's record; everyone else is refused by the access decision.
create table client_restriction (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    area_id     smallint not null references welfare_area (id),
    allowed_role text not null check (allowed_role in ('TEAM_LEADER', 'COACH', 'ADMIN')),
    reason      text not null check (length(reason) between 1 and 2000),
    imposed_at  timestamptz not null,
    imposed_by  uuid not null references user_account (id),
    lifted_at   timestamptz,
    lifted_by   uuid references user_account (id)
);
create unique index client_restriction_active_uq on client_restriction (client_id) where lifted_at is null;

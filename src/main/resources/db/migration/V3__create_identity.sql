-- Staff (and later client) accounts. Passwords are stored only as Argon2id hashes.
create table user_account (
    id              uuid primary key,
    username        text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name    text not null check (length(display_name) between 1 and 200),
    password_hash   text not null,
    enabled         boolean not null default true,
    staff_member_id uuid references staff_member (id),
    area_id         smallint references welfare_area (id),
    version         integer not null
);
create unique index user_account_username_uq on user_account (username);

create table account_role (
    account_id uuid not null references user_account (id) on delete cascade,
    role       text not null check (role in ('ADMIN', 'TEAM_LEADER', 'COACH', 'CARE_TEAM_MEMBER',
                                             'MANAGER', 'EVALUATOR', 'CLIENT')),
    primary key (account_id, role)
);

-- Emergency access ("break the glass"): a staff member whose role allows it opens a client's
-- record outside their relationship, with a reason. The grant lasts 3 hours, every read during it is
-- marked in the access log, and the team leader reviews the list.
create table break_glass_access (
    id          uuid primary key,
    account_id  uuid not null references user_account (id),
    client_id   uuid not null,
    area_id     smallint not null references welfare_area (id),
    reason      text not null check (length(reason) between 10 and 2000),
    opened_at   timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_at timestamptz,
    reviewed_by uuid references user_account (id),
    check (expires_at > opened_at)
);
create index break_glass_access_active_idx on break_glass_access (account_id, client_id, expires_at);
create index break_glass_access_review_idx on break_glass_access (area_id, opened_at) where reviewed_at is null;

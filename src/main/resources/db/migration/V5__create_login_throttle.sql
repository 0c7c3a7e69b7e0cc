-- Failed logins per user name and client address. After a few failures further attempts from that
-- address are refused for a while (30 s, doubling, at most 15 min); it never locks an account for
-- good, and attempts from elsewhere (the real user at work) are not affected.
create table login_throttle (
    username      text not null,
    client_address text not null,
    failures      integer not null,
    last_failure_at timestamptz not null,
    locked_until  timestamptz,
    primary key (username, client_address)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

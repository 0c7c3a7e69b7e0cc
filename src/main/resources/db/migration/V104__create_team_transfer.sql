-- Moving to another IPS team of the same area (decision 0075): the sending team's leader proposes, the receiving
-- team's leader accepts with a coach of theirs (the caseload limit holds for that coach) or refuses. At most one open
-- proposal per client; nothing is deleted.
create table team_transfer (
    id            uuid primary key,
    client_id     uuid not null references client (id),
    area_id       smallint not null references welfare_area (id),
    from_team_id  uuid not null references ips_team (id),
    to_team_id    uuid not null references ips_team (id),
    note          text check (length(note) <= 2000),
    proposed_by   uuid not null,
    proposed_at   timestamptz not null,
    outcome       text check (outcome in ('ACCEPTED', 'REFUSED')),
    decided_by    uuid,
    decided_at    timestamptz,
    check (from_team_id <> to_team_id),
    check ((outcome is null) = (decided_at is null))
);
create unique index team_transfer_open_uq on team_transfer (client_id) where outcome is null;
create index team_transfer_to_idx on team_transfer (to_team_id) where outcome is null;

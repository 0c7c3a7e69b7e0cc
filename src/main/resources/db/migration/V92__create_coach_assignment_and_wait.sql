-- Who has been the client's coach (issue 24 §1, decision 0069): every assignment, the registration's included; the
-- open row (to_on null) is the coach now, the one client.coach_staff_id names. A handover closes the giving coach's
-- row and opens the receiving coach's in the same transaction that moves the caseload places.
create table coach_assignment (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    area_id        smallint not null references welfare_area (id),
    coach_staff_id uuid not null references staff_member (id),
    from_on        date not null,
    to_on          date check (to_on >= from_on),
    -- the account that assigned; null for the coaches known before the history was kept
    assigned_by    uuid,
    note           text check (length(note) between 1 and 2000),
    ordinal        bigint generated always as identity
);
create unique index coach_assignment_open_uq on coach_assignment (client_id) where to_on is null;
create index coach_assignment_coach_idx on coach_assignment (coach_staff_id) where to_on is null;

insert into coach_assignment (id, client_id, area_id, coach_staff_id, from_on)
select gen_random_uuid(), c.id, c.area_id, c.coach_staff_id, coalesce(r.referred_on, current_date)
from client c left join referral r on r.client_id = c.id
where c.coach_staff_id is not null;

-- A referred person waiting on the team's list because no coach of the team had room (issue 24 §2): the referral is
-- recorded, no coach yet, so the person takes no caseload place and is not in service. assigned_on ends the wait.
create table client_wait (
    client_id      uuid primary key references client (id),
    area_id        smallint not null references welfare_area (id),
    ips_team_id    uuid not null references ips_team (id),
    waiting_since  date not null,
    assigned_on    date check (assigned_on >= waiting_since)
);
create index client_wait_team_idx on client_wait (ips_team_id) where assigned_on is null;

-- Clients without a coach (registered by a team leader before a coach had to be chosen) whose service goes on wait
-- for one from their referral's day: no client is in service without a coach.
insert into client_wait (client_id, area_id, ips_team_id, waiting_since)
select c.id, c.area_id, c.ips_team_id, coalesce(r.referred_on, current_date)
from client c left join referral r on r.client_id = c.id
where c.coach_staff_id is null
  and not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null)
  and (r.id is null or r.ended_on is null);

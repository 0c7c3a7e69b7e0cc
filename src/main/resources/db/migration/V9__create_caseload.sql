-- A coach's active caseload, kept as a counter that the database itself holds to the limit: at most
-- 20 active clients per full-time coach (fidelity item S1), prorated by the coach's FTE. Assigning a
-- client increments the counter only while it is below the coach's limit, in one statement, so that
-- any number of concurrent assignments can never push a coach over it.
create table coach_caseload (
    staff_member_id uuid primary key references staff_member (id),
    area_id         smallint not null references welfare_area (id),
    active_clients  integer not null default 0,
    check (active_clients between 0 and 20)
);

-- Migration of existing assignments (demo data, clients registered before this version).
insert into coach_caseload (staff_member_id, area_id, active_clients)
select coach_staff_id, area_id, count(*) from client where coach_staff_id is not null
group by coach_staff_id, area_id;

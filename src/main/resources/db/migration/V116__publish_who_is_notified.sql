-- Notifications (decision 0079) reach staff by the roles of their enabled accounts: an area's team leaders handle
-- its rights requests, its administrators (or the national ones) its accessibility feedback.
create view identity_facts_staff_role as
select a.staff_member_id, a.area_id, r.role from user_account a join account_role r on r.account_id = a.id
where a.enabled and a.staff_member_id is not null;

-- A reminder goes once: when it was queued (several nodes claim the rows to remind with for update skip locked).
alter table appointment add column reminded_at timestamptz;
alter table evaluation_link add column reminded_at timestamptz;

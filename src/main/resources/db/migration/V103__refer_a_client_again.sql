-- Coming back (decision 0074): a client whose referral or service ended may be referred again. Each referral begins
-- an episode of its own (its enrolment, jobs and exit); the identity code stays unique per area (one client).
-- Referring again marks the earlier referrals and the open service end as the history they now are
-- (referred_again_on), so that "the client's referral" and "the end in force" keep meaning the current episode's.
alter table referral drop constraint referral_client_id_key;
alter table referral add column referred_again_on date;
-- a referral of a client referred before: it begins a new episode (the first referral is false, whatever its day)
alter table referral add column again boolean not null default false;
create unique index referral_current_uq on referral (client_id) where referred_again_on is null;
create index referral_client_idx on referral (client_id);

alter table service_end add column referred_again_on date;
drop index service_end_open_uq;
create unique index service_end_open_uq on service_end (client_id) where reentered_on is null and referred_again_on is null;

-- one cooperation agreement per episode: the agreements of one client differ by their day
alter table cooperation_agreement drop constraint cooperation_agreement_client_id_key;
create unique index cooperation_agreement_client_day_uq on cooperation_agreement (client_id, agreed_on);

-- every service end, re-entered or not, and the day the client was referred again after it (V66)
create or replace view clients_facts_service_end as
select client_id, ended_on, reason, reentered_on, referred_again_on from service_end;

-- the days on which a client was referred again: each begins a new episode, and what is dated before it belongs to
-- the earlier episodes
create view clients_facts_referred_again as
select client_id, referred_on from referral where again;

-- consent: the enrolment of the client's current episode (the agreement made after the latest referral again)
create or replace view consent_facts_enrolment as
select client_id, agreed_on as enrolled_on, in_work_at_entry, recorded_by from cooperation_agreement a
where not exists (select 1 from clients_facts_referred_again n where n.client_id = a.client_id and n.referred_on > a.agreed_on);

-- consent: every enrolment, one for each episode, and the day the next episode began (null for the latest)
create view consent_facts_every_enrolment as
select a.client_id, a.agreed_on as enrolled_on, a.in_work_at_entry, a.recorded_by,
       (select min(n.referred_on) from clients_facts_referred_again n
        where n.client_id = a.client_id and n.referred_on > a.agreed_on) as until_on
from cooperation_agreement a;

-- one row for each episode: its enrolment and its own exit (the open service end that the next referral marked, or
-- for the latest episode the end in force)
create or replace view clients_facts_episode as
select c.id as client_id, c.area_id, c.ips_team_id, c.coach_staff_id, a.enrolled_on, a.in_work_at_entry,
       e.ended_on as exit_on, e.reason as exit_reason, a.until_on
from client c
join consent_facts_every_enrolment a on a.client_id = c.id
left join service_end e on e.client_id = c.id and e.reentered_on is null
     and e.referred_again_on is not distinct from a.until_on;

-- each episode's first face-to-face employer contact on or after its enrolment and before the next episode (V95)
create or replace view employers_facts_first_face_to_face_contact as
select a.client_id, a.enrolled_on,
       (select min(ec.contacted_on) from employer_contact ec
        where ec.client_id = a.client_id and ec.mode = 'FACE_TO_FACE' and ec.contacted_on >= a.enrolled_on
          and (a.until_on is null or ec.contacted_on < a.until_on) and ec.voided_at is null)
           as contacted_on
from consent_facts_every_enrolment a;

-- the current episode's referral, phase, service and wait (V72, V94)
create or replace view clients_facts_phase as
select c.id as client_id,
       case when e.ended_on is not null then 'ENDED'
            when a.enrolled_on is not null then 'ENROLLED'
            when r.ended_on is not null then 'NOT_ENROLLED'
            else 'REFERRED' end as phase,
       case when e.ended_on is not null then e.ended_on
            when a.enrolled_on is not null then a.enrolled_on
            when r.ended_on is not null then r.ended_on
            else r.referred_on end as since
from client c
left join consent_facts_enrolment a on a.client_id = c.id
left join referral r on r.client_id = c.id and r.referred_again_on is null
left join service_end e on e.client_id = c.id and e.reentered_on is null and e.referred_again_on is null;

create or replace view clients_facts_in_service as
select c.id as client_id, c.area_id, c.ips_team_id, c.coach_staff_id from client c
where not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null
                                                and e.referred_again_on is null)
  and not exists (select 1 from referral r where r.client_id = c.id and r.ended_on is not null
                                             and r.referred_again_on is null);

create or replace view clients_facts_wait as
select w.client_id, w.area_id, w.ips_team_id, w.waiting_since,
       least(w.assigned_on, r.ended_on, e.ended_on) as waited_until
from client_wait w
left join referral r on r.client_id = w.client_id and r.referred_again_on is null
left join service_end e on e.client_id = w.client_id and e.reentered_on is null and e.referred_again_on is null;

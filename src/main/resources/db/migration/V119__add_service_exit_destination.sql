-- Where a client goes when the service ends (issue 27 §6, decision 0080): asked at every end recorded from now on;
-- ends recorded before, and those a tracker brought, have none.
alter table service_end add column destination text check (destination in
    ('WORK_WITHOUT_SUPPORT', 'STUDIES', 'ANOTHER_SERVICE', 'MOVED', 'NO_LONGER_WISHED', 'OTHER'));

create or replace view clients_facts_service_end as
select client_id, ended_on, reason, reentered_on, referred_again_on, destination from service_end;

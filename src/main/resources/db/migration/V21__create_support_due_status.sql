-- Whether a support due is met, defined once: by any support contact with the client in the due's window.
-- The schedule, the coach's week and the team view all read it from here.
create view support_due_status as
select d.*,
       exists (select 1 from support_contact c
               where c.client_id = d.client_id and c.contacted_on between d.window_from and d.due_on) as met
from support_due d;

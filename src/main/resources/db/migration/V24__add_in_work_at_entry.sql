-- Whether the client was in paid work when they enrolled: the outcome report gives the employment rate
-- separately for clients out of work at entry (data-exchange.md section 2). A fact of the enrolment, so it is
-- kept with the cooperation agreement.
alter table cooperation_agreement add column in_work_at_entry boolean not null default false;

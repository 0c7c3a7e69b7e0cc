-- The caseload limit has one home (decision 0056): IpsModel.CASELOAD_PER_FTE, applied by the conditional update
-- that assigns a client (Caseloads). V9's check repeated it as a literal, and it was also wrong for a coach with
-- more than one full-time post in total, whose limit is higher; the counter only has to stay non-negative here.
alter table coach_caseload drop constraint coach_caseload_active_clients_check;
alter table coach_caseload add constraint coach_caseload_active_clients_check check (active_clients >= 0);

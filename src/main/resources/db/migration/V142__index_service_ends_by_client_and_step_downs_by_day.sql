-- Zero exclusion's step-downs (decision 0069) are found from a team's clients, or for an area or the country from the
-- period's days: every service end of a client, re-entered or not (the open ones had the only index), and the
-- step-downs by the day they ended.
create index service_end_client_idx on service_end (client_id);
create index service_end_step_down_idx on service_end (ended_on) where reason = 'STEP_DOWN_TO_CARE_TEAM';

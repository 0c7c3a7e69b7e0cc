-- The day of an employer contact's next step (issue 28 §6, decision 0065): it comes back on the week of the coach
-- who made the contact. A day needs the step itself, and the step comes on or after the contact's day.
alter table employer_contact
    add column next_step_on date,
    add constraint employer_contact_next_step_on_check
        check (next_step_on is null or (next_step is not null and next_step_on >= contacted_on));
create index employer_contact_next_step_idx on employer_contact (coach_staff_id, next_step_on)
    where next_step_on is not null;

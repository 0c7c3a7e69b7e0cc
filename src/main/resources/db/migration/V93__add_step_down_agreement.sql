-- A step-down to the care team is the client's choice too (issue 24 §5): the client's agreement is recorded like the
-- cooperation agreement's (the day, how agreed, the witness of a verbal one). Ends recorded before are left as they
-- were (not valid: the rule holds for every new end).
alter table service_end add column agreed_on date;
alter table service_end add column how_agreed text
    check (how_agreed in ('PAPER_SIGNATURE', 'STRONG_IDENTIFICATION', 'VERBAL_WITH_WITNESS'));
alter table service_end add column witness text check (length(witness) between 1 and 200);
alter table service_end add constraint service_end_step_down_agreed
    check (reason <> 'STEP_DOWN_TO_CARE_TEAM' or (agreed_on is not null and how_agreed is not null)) not valid;
alter table service_end add constraint service_end_witness_of_verbal
    check ((how_agreed = 'VERBAL_WITH_WITNESS') = (witness is not null));

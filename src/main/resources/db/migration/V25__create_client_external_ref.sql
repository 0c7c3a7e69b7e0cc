-- The tracker import (issue 8): a team moving in from its spreadsheet keeps the tracker's own id of each
-- client as the client's external key in that team, so that importing the same tracker again finds the
-- clients it created instead of creating them twice.
create table client_external_ref (
    ips_team_id uuid not null references ips_team (id),
    client_ref  text not null check (length(client_ref) between 1 and 100),
    client_id   uuid not null unique references client (id),
    area_id     smallint not null references welfare_area (id),
    primary key (ips_team_id, client_ref)
);

-- What the tracker recorded cannot be re-stated as a signature or a reason staff chose: an imported
-- service end and an imported cooperation agreement say that they come from the tracker (the tracker's
-- own exit reason is kept as the note).
alter table service_end drop constraint service_end_reason_check;
alter table service_end add constraint service_end_reason_check
    check (reason in ('CLIENT_CHOICE', 'STEP_DOWN_TO_CARE_TEAM', 'RECORDED_IN_TRACKER'));
alter table cooperation_agreement drop constraint cooperation_agreement_how_agreed_check;
alter table cooperation_agreement add constraint cooperation_agreement_how_agreed_check
    check (how_agreed in ('PAPER_SIGNATURE', 'STRONG_IDENTIFICATION', 'VERBAL_WITH_WITNESS', 'RECORDED_IN_TRACKER'));

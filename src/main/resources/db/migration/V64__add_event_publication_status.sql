-- Spring Modulith 2 (with Spring Boot 4.1) keeps each publication's status, its completion attempts and when it was
-- last resubmitted. Existing rows keep no status: Modulith reads a missing status from the completion date.
alter table event_publication
    add column status                 text,
    add column completion_attempts    int,
    add column last_resubmission_date timestamp with time zone;

-- Notifications that reach people (issue 26 §4, decision 0079): the mail outbox of the login codes becomes the one
-- outbox of every message, by e-mail or SMS. A row keeps no body: it names the kind of message, the recipient's
-- language and the few arguments of its template (a code, a link, a date: never health data); the text is rendered
-- when it is sent and the arguments are cleared then. Retries wait longer each time (next_attempt_at); a row that
-- could not be sent is marked failed with the kind of error, never the message.
-- A code queued before this version waits in a body that no longer exists: it is dropped (valid ten minutes anyway).
delete from mail_outbox where sent_at is null;
alter table mail_outbox drop column subject;
alter table mail_outbox drop column body;
alter table mail_outbox add column channel text not null default 'EMAIL' check (channel in ('EMAIL', 'SMS'));
alter table mail_outbox add column kind text not null default 'LOGIN_CODE'
    check (kind in ('LOGIN_CODE', 'QUESTIONNAIRE_LINK', 'QUESTIONNAIRE_REMINDER', 'RIGHTS_REQUEST', 'FEEDBACK',
                    'URGENT_TASK', 'APPOINTMENT_REMINDER'));
-- none for a message to staff, whose language Placera does not know: it is written in fi, sv and en
alter table mail_outbox add column language text check (language in ('fi', 'sv', 'en'));
alter table mail_outbox add column arguments text[] check (cardinality(arguments) <= 5);
alter table mail_outbox add column next_attempt_at timestamptz;
alter table mail_outbox add column failed_at timestamptz;
alter table mail_outbox add column last_error text check (length(last_error) <= 200);
alter table mail_outbox alter column channel drop default;
alter table mail_outbox alter column kind drop default;
-- a sent or failed row has no arguments left
alter table mail_outbox add constraint mail_outbox_nothing_kept_check
    check (sent_at is null and failed_at is null or arguments is null);
drop index mail_outbox_unsent_idx;
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, created_at) where sent_at is null and failed_at is null;

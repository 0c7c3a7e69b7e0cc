-- The language an invitation link speaks (issue 22 §2): the client's recorded language when the coach made the link,
-- so that the invitation, the login, the authenticator enrolment and the recovery codes are in the client's language
-- from the first click (docs/decisions/0040). Links made before this get their client's language now; a recorded
-- language Placera does not speak becomes Finnish, as on the client's own pages.
alter table client_invite add column language text;
update client_invite i
set language = case when c.preferred_language in ('fi', 'sv', 'en') then c.preferred_language else 'fi' end
from client c
where c.id = i.client_id;
alter table client_invite alter column language set not null;
alter table client_invite add constraint client_invite_language_check check (language in ('fi', 'sv', 'en'));

-- Clinical safety in questionnaires (issue 22, decision 0035).
--
-- 1. The shipped definitions get their stem (the lead-in with the time frame, read before the items) and PHQ-9 item 9
--    becomes a safety item from 1 ("several days"). Neither changes a score, so the versions that answers point at
--    are updated in place: old answers of item 9 are then marked too. Stems are Placera's own short wording.
update evaluation_instrument set definition = jsonb_set(definition, '{stem}', $json$
  {"fi": "Miten olet voinut viimeisten kahden viikon aikana?",
   "sv": "Hur har du mått under de senaste två veckorna?",
   "en": "Over the last two weeks, how have you been feeling?"}$json$::jsonb)
where code = 'WHO-5';

update evaluation_instrument set definition = jsonb_set(definition, '{stem}', $json$
  {"fi": "Kuinka usein seuraavat asiat ovat vaivanneet sinua viimeisten kahden viikon aikana?",
   "sv": "Hur ofta har du besvärats av följande under de senaste två veckorna?",
   "en": "Over the last two weeks, how often have you been bothered by the following?"}$json$::jsonb)
where code in ('PHQ-9', 'GAD-7');

update evaluation_instrument set definition = jsonb_set(definition, '{stem}', $json$
  {"fi": "Kuinka suuren osan ajasta olet viimeisen kuukauden aikana ollut…",
   "sv": "Hur stor del av tiden under den senaste månaden har du varit…",
   "en": "During the past month, how much of the time have you been…"}$json$::jsonb)
where code = 'MHI-5';

update evaluation_instrument set definition = jsonb_set(definition, '{stem}', $json$
  {"fi": "Kuinka paljon vaikeuksia sinulla on ollut viimeisten 30 päivän aikana seuraavissa asioissa?",
   "sv": "Hur stora svårigheter har du haft med följande under de senaste 30 dagarna?",
   "en": "In the past 30 days, how much difficulty did you have in the following?"}$json$::jsonb)
where code = 'WHODAS-12';

update evaluation_instrument
set definition = jsonb_set(definition, '{items}', (
        select jsonb_agg(case when item ->> 'code' = '9' then item || '{"safetyFrom": 1}'::jsonb else item end
                         order by position)
        from jsonb_array_elements(definition -> 'items') with ordinality as items (item, position)))
where code = 'PHQ-9';

-- 2. A safety alert: a submitted answer that reached its item's threshold. It stays open until someone of the team
--    records what was done (contacted the client, informed the care team, the day and a note). It is the team's own
--    working record: no report, extract or view outside the team reads this table. The instrument, item and value are
--    kept here so that the record stays whole if the client's answers are erased (the alert is kept as a client
--    document, see ErasureRules); for the same reason response_id is not a foreign key: a kept table never references
--    an erased one (ErasureIT).
create table evaluation_safety_alert (
    id                 uuid primary key,
    area_id            smallint not null references welfare_area (id),
    ips_team_id        uuid not null references ips_team (id),
    client_id          uuid not null references client (id),
    response_id        uuid not null,
    instrument_code    text not null,
    item_code          text not null,
    value              integer not null,
    raised_on          date not null,
    raised_at          timestamptz not null,
    closed_at          timestamptz,
    closed_by          uuid,
    contacted_client   boolean not null default false,
    informed_care_team boolean not null default false,
    action_on          date,
    note               text check (length(note) <= 2000),
    unique (response_id, item_code),
    check ((closed_at is null) = (action_on is null) and (closed_at is null) = (note is null)),
    check (closed_at is null or contacted_client or informed_care_team)
);
create index evaluation_safety_alert_open_idx on evaluation_safety_alert (ips_team_id) where closed_at is null;
create index evaluation_safety_alert_client_idx on evaluation_safety_alert (client_id);

-- 3. Crisis contacts shown to a client whose answer raised an alert, per welfare area and language. The row without
--    an area holds the national defaults shipped here; an area's administrator confirms or changes them for the area
--    (until then the defaults are shown and the administrator's page marks them as not confirmed).
create table evaluation_crisis_contact (
    area_id      smallint references welfare_area (id),
    language     text not null check (language in ('fi', 'sv', 'en')),
    crisis_line  text not null check (length(crisis_line) between 1 and 300),
    emergency    text not null check (length(emergency) between 1 and 300),
    local_help   text not null check (length(local_help) <= 300),
    updated_by   uuid,
    updated_at   timestamptz,
    unique nulls not distinct (area_id, language)
);

insert into evaluation_crisis_contact (area_id, language, crisis_line, emergency, local_help) values
(null, 'fi', 'Mieli ry:n kriisipuhelin 09 2525 0111',
    'Hätätilanteessa soita 112', 'Ota yhteyttä omaan terveysasemaasi tai päivystykseen.'),
(null, 'sv', 'Mieli rf:s kristelefon på svenska 09 2525 0112',
    'I nödsituationer ring 112', 'Kontakta din egen hälsostation eller jouren.'),
(null, 'en', 'Mieli crisis helpline in English 09 2525 0116',
    'In an emergency call 112', 'Contact your own health centre or the emergency department.');

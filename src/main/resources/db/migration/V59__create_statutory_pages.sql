-- The statutory pages (issue 22 §4, decision 0043).
--
-- 1. Feedback on accessibility (Act 306/2019, section 15: a public service offers a feedback channel on its
--    accessibility). Anyone may send it, signed in or not; it is a task on the area's administrators' list until one
--    of them marks it handled. Name and contact are optional; the message is the only required text. Nothing of it
--    is e-mailed: a message may well contain health data.
create table accessibility_feedback (
    id          uuid primary key,
    area_id     smallint not null references welfare_area (id),
    language    text not null check (language in ('fi', 'sv', 'en')),
    name        text check (length(name) between 1 and 200),
    contact     text check (length(contact) between 1 and 200),
    page        text check (length(page) between 1 and 300),
    message     text not null check (length(message) between 1 and 2000),
    received_at timestamptz not null,
    handled_at  timestamptz,
    handled_by  uuid,
    check ((handled_at is null) = (handled_by is null))
);
create index accessibility_feedback_open_idx on accessibility_feedback (area_id, received_at) where handled_at is null;
create index accessibility_feedback_received_idx on accessibility_feedback (area_id, received_at);

-- 2. Who is responsible for the personal data, in the privacy notice (GDPR art. 13-14): the controller, its
--    data-protection officer and where to contact it, per welfare area and language. The row without an area holds
--    national defaults shown (and marked as not confirmed) until the area's administrator saves the area's own.
create table privacy_notice_contact (
    area_id     smallint references welfare_area (id),
    language    text not null check (language in ('fi', 'sv', 'en')),
    controller  text not null check (length(controller) between 1 and 300),
    dpo         text not null check (length(dpo) between 1 and 300),
    contact     text not null check (length(contact) between 1 and 300),
    updated_by  uuid,
    updated_at  timestamptz,
    unique nulls not distinct (area_id, language)
);

insert into privacy_notice_contact (area_id, language, controller, dpo, contact) values
(null, 'fi', 'Palvelusi järjestävä hyvinvointialue',
    'Hyvinvointialueen tietosuojavastaava (yhteystiedot hyvinvointialueen verkkosivuilla)',
    'Hyvinvointialueen kirjaamo tai oma IPS-valmentajasi'),
(null, 'sv', 'Välfärdsområdet som ordnar din tjänst',
    'Välfärdsområdets dataskyddsombud (kontaktuppgifter på välfärdsområdets webbplats)',
    'Välfärdsområdets registratorskontor eller din egen IPS-coach'),
(null, 'en', 'The welfare area that provides your service',
    'The welfare area''s data protection officer (contact details on the welfare area''s website)',
    'The welfare area''s registry office or your own IPS coach');

-- Demo data (the "demo" profile and the tests): one accessibility feedback message for the demo area Pohjanmaa, so
-- that its administrators see a task on their list and the route matrix has a message of a known area to ask for.
insert into accessibility_feedback (id, area_id, language, name, contact, page, message, received_at) values
    ('6a1f0000-0000-4000-8000-000000000901', 17, 'sv', null, null, 'Mina samtycken',
     'Knapparna på sidan är svåra att se med hög förstoring.', timestamptz '2026-12-01 09:30:00+02')
on conflict do nothing;

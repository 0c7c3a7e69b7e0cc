-- Demo data, loaded only with the "demo" profile: Pohjanmaa / Österbotten with one IPS team of
-- four coaches (one of them the team leader), two care teams and an account for every role.
-- Every demo account's password is demo-kahvi-2026 (stored as an Argon2id hash).

insert into ips_team (id, area_id, code, name, collaboration_model, partner_organisation, version) values
    ('6a1f0000-0000-4000-8000-000000000001', 17, 'POH-IPS1', 'IPS Vaasa / Vasa', 'CARE_INTEGRATED', null, 0)
on conflict do nothing;

insert into care_team (id, area_id, code, name, unit, version) values
    ('6a1f0000-0000-4000-8000-000000000101', 17, 'POH-PSY-VAASA', 'Psykiatrinen avohoito Vaasa / Psykiatrisk öppenvård Vasa', 'Vaasan psykiatrian poliklinikka', 0),
    ('6a1f0000-0000-4000-8000-000000000102', 17, 'POH-PSY-MUSTASAARI', 'Psykiatrinen avohoito Mustasaari / Korsholm', 'Korsholms psykiatriska mottagning', 0)
on conflict do nothing;

insert into staff_member (id, area_id, first_name, last_name, email, phone, version) values
    ('6a1f0000-0000-4000-8000-000000000201', 17, 'Anna', 'Björklund', 'anna.bjorklund@example.fi', null, 0),
    ('6a1f0000-0000-4000-8000-000000000202', 17, 'Mikko', 'Heikkinen', 'mikko.heikkinen@example.fi', null, 0),
    ('6a1f0000-0000-4000-8000-000000000203', 17, 'Sara', 'Nyström', 'sara.nystrom@example.fi', null, 0),
    ('6a1f0000-0000-4000-8000-000000000204', 17, 'Jussi', 'Mäkelä', 'jussi.makela@example.fi', null, 0),
    ('6a1f0000-0000-4000-8000-000000000205', 17, 'Eeva', 'Lindqvist', 'eeva.lindqvist@example.fi', null, 0),
    ('6a1f0000-0000-4000-8000-000000000206', 17, 'Karl', 'Westerlund', 'karl.westerlund@example.fi', null, 0)
on conflict do nothing;

insert into ips_team_membership (staff_member_id, ips_team_id, team_role, fte) values
    ('6a1f0000-0000-4000-8000-000000000201', '6a1f0000-0000-4000-8000-000000000001', 'TEAM_LEADER', 0.50),
    ('6a1f0000-0000-4000-8000-000000000202', '6a1f0000-0000-4000-8000-000000000001', 'COACH', 1.00),
    ('6a1f0000-0000-4000-8000-000000000203', '6a1f0000-0000-4000-8000-000000000001', 'COACH', 1.00),
    ('6a1f0000-0000-4000-8000-000000000204', '6a1f0000-0000-4000-8000-000000000001', 'COACH', 0.80)
on conflict do nothing;

insert into care_team_membership (staff_member_id, care_team_id) values
    ('6a1f0000-0000-4000-8000-000000000201', '6a1f0000-0000-4000-8000-000000000101'),
    ('6a1f0000-0000-4000-8000-000000000202', '6a1f0000-0000-4000-8000-000000000101'),
    ('6a1f0000-0000-4000-8000-000000000203', '6a1f0000-0000-4000-8000-000000000102'),
    ('6a1f0000-0000-4000-8000-000000000204', '6a1f0000-0000-4000-8000-000000000102'),
    ('6a1f0000-0000-4000-8000-000000000205', '6a1f0000-0000-4000-8000-000000000101')
on conflict do nothing;

insert into user_account (id, username, display_name, password_hash, enabled, staff_member_id, area_id, version) values
    ('6a1f0000-0000-4000-8000-000000000301', 'admin', 'Placera Admin', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, null, null, 0),
    ('6a1f0000-0000-4000-8000-000000000302', 'teamleader', 'Anna Björklund', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000201', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000303', 'coach1', 'Mikko Heikkinen', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000202', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000304', 'coach2', 'Sara Nyström', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000203', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000305', 'coach3', 'Jussi Mäkelä', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000204', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000306', 'careteam', 'Eeva Lindqvist', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000205', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000307', 'manager', 'Karl Westerlund', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, '6a1f0000-0000-4000-8000-000000000206', 17, 0),
    ('6a1f0000-0000-4000-8000-000000000308', 'evaluator', 'THL Evaluator', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$VNDwgu81eKhuu/lnOCkhOw$MIImcQYQ8SgroSydYGb92m7VPhejlCD/twjermts5qY', true, null, null, 0)
on conflict do nothing;

insert into account_role (account_id, role) values
    ('6a1f0000-0000-4000-8000-000000000301', 'ADMIN'),
    ('6a1f0000-0000-4000-8000-000000000302', 'TEAM_LEADER'),
    ('6a1f0000-0000-4000-8000-000000000302', 'COACH'),
    ('6a1f0000-0000-4000-8000-000000000303', 'COACH'),
    ('6a1f0000-0000-4000-8000-000000000304', 'COACH'),
    ('6a1f0000-0000-4000-8000-000000000305', 'COACH'),
    ('6a1f0000-0000-4000-8000-000000000306', 'CARE_TEAM_MEMBER'),
    ('6a1f0000-0000-4000-8000-000000000307', 'MANAGER'),
    ('6a1f0000-0000-4000-8000-000000000308', 'EVALUATOR')
on conflict do nothing;

-- Every demo account has the same TOTP secret (JBSWY3DPEHPK3PXP), printed at start-up in the demo
-- profile, so that a person trying Placera can add it to an authenticator app.
insert into mfa_credential (account_id, secret, enrolled_at)
select id, 'JBSWY3DPEHPK3PXP', timestamptz '2026-01-01 00:00:00+02' from user_account
where id::text like '6a1f0000-0000-4000-8000-0000000003%'
on conflict do nothing;

-- A few employers of Pohjanmaa (fictitious, with valid business IDs) so that the employer pages, the
-- contact form and the team board have something to show.
insert into employer (id, area_id, name, name_key, business_id, sector, locations, contact_people, needs, notes, version) values
    ('6a1f0000-0000-4000-8000-000000000401', 17, 'Vaasan Satamavarasto Oy', 'vaasansatamavarasto', '3100017-7', 'Logistiikka',
     'Vaasa, satama-alue', 'Henkilöstöpäällikkö Tiina Laine', 'Etsii varastotyöntekijöitä ja trukinkuljettajia, myös osa-aikaisia',
     null, 1),
    ('6a1f0000-0000-4000-8000-000000000402', 17, 'Café Strandgatan Ab', 'cafestrandgatan', '3100025-7', 'Kahvilat ja ravintolat',
     'Vasa centrum', 'Ägare Lena Holm', 'Behöver kafébiträden till helger, svenskspråkiga', null, 1),
    ('6a1f0000-0000-4000-8000-000000000403', 17, 'Pohjanmaan Puutarha Oy', 'pohjanmaanpuutarha', '3100033-7', 'Puutarha-ala',
     'Mustasaari', 'Työnjohtaja Pekka Niemi', 'Kausityötä keväällä ja kesällä, kasvihuonetyö', null, 1)
on conflict do nothing;

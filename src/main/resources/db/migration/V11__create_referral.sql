-- Referrals and outreach. Zero exclusion: there is no readiness screening, so a referral ends without
-- enrolment for two reasons only — the client's own choice, or that the client could not be reached
-- after documented outreach attempts (at least three, checked by the service). No other reason exists.
create table referral (
    id           uuid primary key,
    client_id    uuid not null unique references client (id),
    area_id      smallint not null references welfare_area (id),
    source       text not null check (source in ('CARE_TEAM', 'SELF', 'OTHER')),
    care_team_id uuid references care_team (id),
    referred_by  text check (length(referred_by) <= 200),
    referred_on  date not null,
    wish_to_work text check (length(wish_to_work) <= 2000),
    ended_on     date,
    end_reason   text check (end_reason in ('CLIENT_CHOICE', 'UNREACHABLE')),
    end_note     text check (length(end_note) <= 2000),
    recorded_by  uuid not null,
    check ((source = 'CARE_TEAM') = (care_team_id is not null)),
    check ((ended_on is null) = (end_reason is null))
);

create table outreach_attempt (
    id           uuid primary key,
    referral_id  uuid not null references referral (id),
    area_id      smallint not null references welfare_area (id),
    attempted_on date not null,
    channel      text not null check (channel in ('PHONE', 'TEXT_MESSAGE', 'LETTER', 'HOME_VISIT', 'VIA_CARE_TEAM', 'OTHER')),
    outcome      text not null check (outcome in ('REACHED', 'NO_ANSWER', 'MESSAGE_LEFT')),
    recorded_by  uuid not null
);
create index outreach_attempt_referral_idx on outreach_attempt (referral_id);

package fi.placera.research;

import fi.placera.testing.TestTeams;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of its own with clients, written straight into the tables: identity codes, names, phone numbers and
 * e-mails that must never reach an extract, free text in every place a coach can type it, and the records every
 * extract table is made of. Names are unique to the run, so a scan for them finds only what an extract leaked.
 */
final class ResearchFixture {

    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    final TestTeams.Team team;
    final String coach;
    final UUID coachStaff;
    final UUID employer;
    final List<UUID> clients = new ArrayList<>();
    final List<String> identityCodes = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final String marker = "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final JdbcClient jdbc;
    private final LocalDate today;

    ResearchFixture(JdbcClient jdbc, TestTeams teams) {
        this.jdbc = jdbc;
        this.team = teams.create("Research " + marker);
        this.coach = team.member("Coach" + marker, "COACH", "1.0");
        this.coachStaff = team.staffMemberOf(coach);
        this.today = team.today();
        this.employer = UUID.randomUUID();
        jdbc.sql("""
                        insert into employer (id, area_id, name, name_key, contact_people, notes, version)
                        values (?, 17, ?, ?, ?, ?, 0)""")
                .params(employer, "Employer" + marker + " Oy", "employer" + marker.toLowerCase(Locale.ROOT),
                        "Contact" + marker + " 040 1234567", "notes about " + marker).update();
    }

    static String identityCode(LocalDate born) {
        int serial = ThreadLocalRandom.current().nextInt(2, 899);
        String digits = String.format(Locale.ROOT, "%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(),
                born.getYear() % 100);
        char century = born.getYear() >= 2000 ? 'A' : '-';
        String number = digits + String.format(Locale.ROOT, "%03d", serial);
        return digits + century + String.format(Locale.ROOT, "%03d", serial)
                + CHECK.charAt((int) (Long.parseLong(number) % 31));
    }

    /** A code free in the area: fixtures of several tests share the database and often one birthday. */
    private String unusedIdentityCode(LocalDate born) {
        while (true) {
            String code = identityCode(born);
            boolean taken = jdbc.sql("select exists (select 1 from client where area_id = 17 and identity_code = ?)")
                    .param(code).query(Boolean.class).single();
            if (!taken) {
                return code;
            }
        }
    }

    /** A client enrolled so many days ago, with a research consent (or not), born on the day. */
    UUID client(int enrolledDaysAgo, boolean researchConsent, LocalDate born) {
        UUID client = UUID.randomUUID();
        String first = "First" + marker + clients.size();
        String last = "Last" + marker + clients.size();
        String code = unusedIdentityCode(born);
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, identity_code, preferred_language,
                            ips_team_id, coach_staff_id, version)
                        values (?, 17, ?, ?, ?, 'fi', ?, ?, 0)""")
                .params(client, first, last, code, team.id(), coachStaff).update();
        LocalDate enrolled = today.minusDays(enrolledDaysAgo);
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, referred_by, referred_on, wish_to_work,
                            recorded_by)
                        values (?, ?, 17, 'SELF', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client, "Referrer " + last, enrolled.minusDays(10),
                        "wants to work, says " + first, coachStaff).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, recorded_by)
                        values (?, ?, 17, ?, 'PAPER_SIGNATURE', ?)""")
                .params(UUID.randomUUID(), client, enrolled, coachStaff).update();
        if (researchConsent) {
            consent(client, enrolled);
        }
        clients.add(client);
        identityCodes.add(code);
        names.add(first);
        names.add(last);
        return client;
    }

    UUID consent(UUID client, LocalDate from) {
        UUID consent = UUID.randomUUID();
        jdbc.sql("""
                        insert into consent (id, client_id, area_id, party_type, party_name, kind, valid_from, given_at,
                            recorded_by)
                        values (?, ?, 17, 'OTHER', 'THL research', 'EVALUATION', ?, ?, ?)""")
                .params(consent, client, from, OffsetDateTime.now(ZoneOffset.UTC), coachStaff).update();
        return consent;
    }

    void withdrawResearchConsent(UUID client) {
        jdbc.sql("""
                        update consent set withdrawn_at = now() where client_id = ? and party_type = 'OTHER'
                          and kind = 'EVALUATION' and withdrawn_at is null""")
                .params(client).update();
    }

    void job(UUID client, int startedDaysAgo, Integer endedDaysAgo, boolean competitive) {
        jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, title, started_on, ended_on, hours_per_week,
                            wage_basis, contract_type, competitive, end_reason, recorded_by, idempotency_key, version)
                        values (?, ?, 17, ?, ?, ?, ?, 20, 'HOURLY', 'PERMANENT', ?, ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, employer, "Title " + marker, today.minusDays(startedDaysAgo),
                        endedDaysAgo == null ? null : today.minusDays(endedDaysAgo), competitive,
                        endedDaysAgo == null ? null : "OTHER", coachStaff, UUID.randomUUID())
                .update();
    }

    void employerContact(UUID client, int daysAgo, String mode) {
        jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode,
                            purpose, client_id, client_present, followed_preference, outcome, next_step, recorded_by,
                            idempotency_key)
                        values (?, 17, ?, ?, ?, ?, 'ABOUT_CLIENT', ?, true, true, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), employer, coachStaff, today.minusDays(daysAgo), mode, client,
                        "met " + names.get(0), "call " + marker, coachStaff, UUID.randomUUID())
                .update();
    }

    void supportContact(UUID client, int daysAgo) {
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                            natural_supports, note, recorded_by, idempotency_key)
                        values (?, ?, 17, ?, true, array['CLIENT', 'EMPLOYER'], ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client, today.minusDays(daysAgo), "sister of " + marker,
                        "note about " + names.get(1) + " phone 050 7654321", coachStaff, UUID.randomUUID())
                .update();
    }

    /** A submitted WHO-5 at baseline with every item 3 (total 60), and a free-text answer that must not leak. */
    void who5(UUID client, int daysAgo) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String item : List.of("1", "2", "3", "4", "5")) {
            answers.put(item, "3");
        }
        answers.put("comment", "feels fine, " + names.get(0) + " 040 9999999 " + marker + "@example.fi");
        answers(client, "WHO-5", daysAgo, answers);
    }

    /** A submitted response of the latest version of a client's questionnaire or coach's form, at baseline. */
    void answers(UUID client, String instrumentCode, int daysAgo, Map<String, String> answers) {
        UUID response = UUID.randomUUID();
        jdbc.sql("""
                        insert into evaluation_response (id, instrument_id, area_id, ips_team_id, client_id, timepoint,
                            answered_by, state, answered_on, created_by, created_at, submitted_at, idempotency_key)
                        values (?, ?, 17, ?, ?, 'BASELINE', 'COACH', 'SUBMITTED', ?, ?, now(), now(), ?)""")
                .params(response, instrument(instrumentCode), team.id(), client, today.minusDays(daysAgo), coachStaff,
                        UUID.randomUUID()).update();
        answered(response, answers);
    }

    /**
     * Submitted answers of a team questionnaire (employer, care team, coach) about the last 90 days, one response a
     * value, each value given to every item; the respondent's name carries the marker and must never leak.
     */
    void teamAnswers(String instrumentCode, List<Integer> values) {
        UUID instrument = instrument(instrumentCode);
        List<String> items = jdbc.sql("""
                        select item ->> 'code' from evaluation_instrument i,
                            jsonb_array_elements(i.definition -> 'items') item
                        where i.id = ? and item ->> 'type' = 'SCALE'""")
                .param(instrument).query(String.class).list();
        for (int value : values) {
            UUID response = UUID.randomUUID();
            jdbc.sql("""
                            insert into evaluation_response (id, instrument_id, area_id, ips_team_id, period_from,
                                period_to, respondent_name, answered_by, state, answered_on, created_by, created_at,
                                submitted_at, idempotency_key)
                            values (?, ?, 17, ?, ?, ?, ?, 'LINK', 'SUBMITTED', ?, ?, now(), now(), ?)""")
                    .params(response, instrument, team.id(), today.minusDays(90), today, "Respondent " + marker,
                            today, coachStaff, UUID.randomUUID()).update();
            Map<String, String> answers = new LinkedHashMap<>();
            items.forEach(item -> answers.put(item, Integer.toString(value)));
            answered(response, answers);
        }
    }

    private UUID instrument(String code) {
        return jdbc.sql("select id from evaluation_instrument where code = ? order by version desc limit 1")
                .param(code).query(UUID.class).single();
    }

    private void answered(UUID response, Map<String, String> answers) {
        answers.forEach((item, value) -> jdbc.sql(
                        "insert into evaluation_answer (response_id, item_code, value) values (?, ?, ?)")
                .params(response, item, value).update());
    }

    /**
     * A person referred so many days ago who never enrolled: the referral ended as unreachable ten days later (or is
     * still open, waiting for a coach since the referral's day), with a research consent or not.
     */
    UUID referredOnly(int referredDaysAgo, boolean ended, boolean researchConsent, LocalDate born) {
        UUID client = UUID.randomUUID();
        String code = unusedIdentityCode(born);
        String last = "Last" + marker + clients.size();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, identity_code, preferred_language,
                            ips_team_id, version)
                        values (?, 17, ?, ?, ?, 'fi', ?, 0)""")
                .params(client, "First" + marker + clients.size(), last, code, team.id()).update();
        LocalDate referred = today.minusDays(referredDaysAgo);
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, referred_by, referred_on, wish_to_work,
                            recorded_by, ended_on, end_reason)
                        values (?, ?, 17, 'SELF', ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client, "Referrer " + last, referred, "wish of " + last, coachStaff,
                        ended ? referred.plusDays(10) : null, ended ? "UNREACHABLE" : null).update();
        if (!ended) {
            jdbc.sql("insert into client_wait (client_id, area_id, ips_team_id, waiting_since) values (?, 17, ?, ?)")
                    .params(client, team.id(), referred).update();
        }
        if (researchConsent) {
            consent(client, referred);
        }
        clients.add(client);
        identityCodes.add(code);
        names.add(last);
        return client;
    }

    void serviceEnd(UUID client, int daysAgo) {
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, 17, ?, 'CLIENT_CHOICE', ?, ?)""")
                .params(UUID.randomUUID(), client, today.minusDays(daysAgo), "ended, " + marker, coachStaff).update();
    }
}

package fi.placera.research.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables of a research extract, each one read-only SQL statement over the clients the extract includes, with its
 * columns as the codebook describes them. What never appears: names, identity codes, contact details, employers'
 * names, free text of any kind (notes, outcomes, wishes, free-text answers). Dates of a person are protected as the
 * study says (shifted by the person's keyed offset, or reduced to months); team-level dates are not personal.
 *
 * <p>Every statement reads the temporary table {@code included} that {@link #PREPARE} makes in the extract's
 * transaction: one row per episode of the clients of the extract's areas that was in service at some point of the
 * study's period (exactly the outcome report's "served": enrolled by the period's end and not exited before its
 * start), of clients who have a consent in force to research use of evaluation data (party OTHER, kind EVALUATION)
 * and whose processing is not restricted. Enrolments and phases are about an episode (numbered, decision 0082); the
 * other tables are about the person and read the client's latest episode of the period ({@code latest}).
 * It is a table, analysed, rather than a common table expression of every statement because the planner cannot
 * estimate that condition: it expected one client where a region has a thousand and chose nested loops that took
 * half a second at region scale (PF-export). The set is also worked out once instead of once a statement.
 * Parameters: {@code :areas}, {@code :from}, {@code :to}, {@code :today}, {@code :unit} ('week' or 'month'),
 * {@code :small_cell} (the smallest group a team-level questionnaire figure is given for).
 */
final class ExtractTables {

    /**
     * Makes {@code included}, in this order; dropped when the transaction ends. One row per episode in the period
     * (decision 0082); {@code latest} marks each client's latest one of them. Then {@code referred_only}: the people
     * referred in the period who were not in service in it (decision 0086), by the same consent and restriction rules,
     * so that reach and waiting can be studied; they appear only in the referrals table. The index on {@code id}
     * serves the statements that find a client's episode with a subquery per row: without it each such row reads the
     * whole table, and at national scale that took 75 of the extract's 80 seconds. (No SQL comments in the
     * statements: the benchmark's copy puts each statement on one line.)
     */
    static final List<String> PREPARE = List.of("""
            create temporary table included (id uuid, identity_code text, area_id smallint, ips_team_id uuid,
                                             enrolled_on date, exit_on date, until_on date, episode int,
                                             latest boolean) on commit drop
            """, """
            insert into included
            select e.client_id, c.identity_code, e.area_id, e.ips_team_id, e.enrolled_on, e.exit_on, e.until_on,
                   e.episode, e.enrolled_on = max(e.enrolled_on) over (partition by e.client_id)
            from clients_facts_episode e
            join clients_facts_identity_code c on c.client_id = e.client_id
            where e.area_id in (:areas)
              and e.enrolled_on <= :to and (e.exit_on is null or e.exit_on >= :from)
              and exists (select 1 from consent_facts_in_force(:today) k where k.client_id = e.client_id
                            and k.party_type = 'OTHER' and k.kind = 'EVALUATION')
              and not exists (select 1 from portal_facts_restricted_client r where r.client_id = e.client_id)
            """, """
            create index on included (id)
            """, """
            analyze included
            """, """
            create temporary table referred_only (id uuid, identity_code text) on commit drop
            """, """
            insert into referred_only
            select distinct r.client_id, c.identity_code
            from clients_facts_referral r
            join clients_facts_identity_code c on c.client_id = r.client_id
            where r.area_id in (:areas) and r.referred_on between :from and :to
              and not exists (select 1 from included i where i.id = r.client_id)
              and exists (select 1 from consent_facts_in_force(:today) k where k.client_id = r.client_id
                            and k.party_type = 'OTHER' and k.kind = 'EVALUATION')
              and not exists (select 1 from portal_facts_restricted_client x where x.client_id = r.client_id)
            """);

    /** The included clients and the referred-only people, and what a pseudonym and a birth year are made from. */
    static final String PERSONS = """
            select i.id, i.identity_code from included i where i.latest
            union all
            select r.id, r.identity_code from referred_only r
            """;

    enum Type {
        /** The client's pseudonym in the study (text); the statement gives the client's id. */
        PSEUDONYM,
        /** A code from a fixed list (text, with value labels). */
        CODE,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        /** A date of a person: shifted or reduced to its month. */
        PERSON_DATE,
        /** A date of a team (a review's period): shown as it is. */
        DATE
    }

    /**
     * A column: its name, type, and for a code the message-key prefix of its value labels and the values.
     * The label is the message {@code research.codebook.<table>.<column>}.
     */
    record Column(String name, Type type, String valuePrefix, List<String> values) {

        static Column of(String name, Type type) {
            return new Column(name, type, null, List.of());
        }

        static Column code(String name, String valuePrefix, String... values) {
            return new Column(name, Type.CODE, valuePrefix, List.of(values));
        }
    }

    /** A table: its name (the file's), whether it is about persons, its statement and its columns in order. */
    record Table(String name, boolean personal, String sql, List<Column> columns) {
    }

    private static final String WORKED = """
            exists (select 1 from jobs_facts_job j where j.client_id = i.id and j.competitive
                      and j.started_on <= least(:to, i.exit_on)
                      and (j.ended_on is null or j.ended_on >= greatest(:from, i.enrolled_on)))""";

    /** The episode's referral: the latest on or before its enrolment (the earliest when none is). */
    private static final String EPISODE_REFERRAL = """
            left join lateral (select r.source, r.referred_on from clients_facts_referral r where r.client_id = i.id
                               order by case when r.referred_on <= i.enrolled_on then r.referred_on end desc nulls last,
                                        r.referred_on
                               limit 1) r on true""";

    /**
     * The number of the client's included episode a day of theirs belongs to: the latest that began on or before it
     * ({@code after} false: an end, a re-entry), or the first that began on or after it ({@code after} true: a
     * referral, which comes before its enrolment); the nearest other one when there is none.
     */
    private static String episodeOf(String day, boolean after) {
        String begun = after ? "x.enrolled_on >= " + day : "x.enrolled_on <= " + day;
        return "(select x.episode from included x where x.id = i.id order by case when " + begun
                + " then x.enrolled_on end " + (after ? "asc" : "desc") + " nulls last, x.enrolled_on "
                + (after ? "desc" : "asc") + " limit 1)";
    }

    private static final String BIRTH_YEAR = """
            case when i.identity_code is null then null
                 else (case substr(i.identity_code, 7, 1) when '+' then 1800
                           when 'A' then 2000 when 'B' then 2000 when 'C' then 2000 when 'D' then 2000
                           when 'E' then 2000 when 'F' then 2000 else 1900 end)
                      + cast(substr(i.identity_code, 5, 2) as int) end""";

    // sql-reviewed: BIRTH_YEAR and WORKED are constants of this class, never input
    static final Table ENROLMENTS = new Table("enrolments", true, """
            select i.id, i.episode, w.code, t.code, t.collaboration_model,
            """ + BIRTH_YEAR + """
                   as birth_year, r.source, r.referred_on, i.enrolled_on, e.in_work_at_entry, i.exit_on, e.exit_reason,
                   i.enrolled_on between :from and :to,
            """ + WORKED + """
            from included i
            join clients_facts_episode e on e.client_id = i.id and e.enrolled_on = i.enrolled_on
            join organisation_facts_area w on w.area_id = i.area_id
            join organisation_facts_team t on t.ips_team_id = i.ips_team_id
            """ + EPISODE_REFERRAL, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("episode", Type.INTEGER),
                    Column.of("area", Type.CODE),
                    Column.of("team", Type.CODE),
                    Column.code("collaboration_model", "organisation.model", "CARE_INTEGRATED", "PARTNER_ORGANISATION"),
                    Column.of("birth_year", Type.INTEGER),
                    Column.code("referral_source", "referral.source", "CARE_TEAM", "SELF", "OTHER"),
                    Column.of("referred_on", Type.PERSON_DATE),
                    Column.of("enrolled_on", Type.PERSON_DATE),
                    Column.of("in_work_at_entry", Type.BOOLEAN),
                    Column.of("exit_on", Type.PERSON_DATE),
                    Column.code("exit_reason", "service.reason", "CLIENT_CHOICE", "STEP_DOWN_TO_CARE_TEAM",
                            "RECORDED_IN_TRACKER"),
                    Column.of("enrolled_in_period", Type.BOOLEAN),
                    Column.of("worked_in_period", Type.BOOLEAN)));

    // sql-reviewed: episodeOf builds a constant subquery of this class's column names, never input
    static final Table PHASES = new Table("phases", true, """
            select i.id, """ + episodeOf("r.referred_on", true) + """
                   , 'REFERRED', r.referred_on
            from included i join clients_facts_referral r on r.client_id = i.id where i.latest
            union all
            select i.id, """ + episodeOf("r.referred_on", true) + """
                   , 'REFERRAL_ENDED', r.ended_on
            from included i join clients_facts_referral r on r.client_id = i.id
            where i.latest and r.ended_on is not null
            union all
            select i.id, i.episode, 'ENROLLED', i.enrolled_on from included i
            union all
            select i.id, i.episode, 'FIRST_FACE_TO_FACE_EMPLOYER_CONTACT', f.contacted_on from included i
            join employers_facts_first_face_to_face_contact f on f.client_id = i.id and f.enrolled_on = i.enrolled_on
                 and f.contacted_on is not null
            union all
            select i.id, i.episode, 'FIRST_COMPETITIVE_JOB', min(j.started_on) from included i
            join jobs_facts_job j on j.client_id = i.id and j.competitive and j.started_on >= i.enrolled_on
                 and (i.until_on is null or j.started_on < i.until_on)
            group by i.id, i.episode
            union all
            select i.id, """ + episodeOf("e.ended_on", false) + """
                   , 'SERVICE_ENDED', e.ended_on
            from included i join clients_facts_service_end e on e.client_id = i.id where i.latest
            union all
            select i.id, """ + episodeOf("e.reentered_on", false) + """
                   , 'REENTERED', e.reentered_on
            from included i join clients_facts_service_end e on e.client_id = i.id
            where i.latest and e.reentered_on is not null
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("episode", Type.INTEGER),
                    Column.code("phase", "research.codebook.phase", "REFERRED", "REFERRAL_ENDED", "ENROLLED",
                            "FIRST_FACE_TO_FACE_EMPLOYER_CONTACT", "FIRST_COMPETITIVE_JOB", "SERVICE_ENDED",
                            "REENTERED"),
                    Column.of("on_day", Type.PERSON_DATE)));

    static final Table EMPLOYER_CONTACTS = new Table("employer_contacts", true, """
            select ec.client_id, cast(date_trunc(:unit, ec.contacted_on) as date), count(*),
                   count(*) filter (where ec.face_to_face), count(*) filter (where ec.client_present),
                   count(*) filter (where ec.followed_preference)
            from included i join employers_facts_contact ec on ec.client_id = i.id
            where i.latest and ec.contacted_on between :from and :to
            group by 1, 2
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("period_start", Type.PERSON_DATE),
                    Column.of("contacts", Type.INTEGER),
                    Column.of("face_to_face", Type.INTEGER),
                    Column.of("client_present", Type.INTEGER),
                    Column.of("followed_preference", Type.INTEGER)));

    static final Table JOBS = new Table("jobs", true, """
            select j.client_id, row_number() over (partition by j.client_id order by j.started_on, j.job_id),
                   j.started_on, j.ended_on, j.hours_per_week, j.contract_type, j.wage_basis, j.competitive,
                   j.end_reason, j.occupation_code,
                   j.competitive and j.started_on between :from and :to and j.started_on >= i.enrolled_on
            from included i join jobs_facts_job j on j.client_id = i.id
            where i.latest and j.started_on <= :to and (j.ended_on is null or j.ended_on >= :from)
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("job_number", Type.INTEGER),
                    Column.of("started_on", Type.PERSON_DATE),
                    Column.of("ended_on", Type.PERSON_DATE),
                    Column.of("hours_per_week", Type.DECIMAL),
                    Column.code("contract_type", "jobs.contract", "PERMANENT", "FIXED_TERM", "OTHER"),
                    Column.code("wage_basis", "jobs.wage", "HOURLY", "MONTHLY", "OTHER"),
                    Column.of("competitive", Type.BOOLEAN),
                    Column.code("end_reason", "jobs.end", "CONTRACT_ENDED", "CLIENT_RESIGNED", "DISMISSED",
                            "MUTUAL_AGREEMENT", "MOVED_TO_ANOTHER_JOB", "OTHER"),
                    Column.of("occupation_code", Type.CODE),
                    Column.of("job_start_in_period", Type.BOOLEAN)));

    static final Table SUPPORT_CONTACTS = new Table("support_contacts", true, """
            select s.client_id, s.contacted_on, s.on_the_job, 'CLIENT' = any(s.with_whom),
                   'EMPLOYER' = any(s.with_whom), 'WORK_COMMUNITY' = any(s.with_whom), 'CARE_TEAM' = any(s.with_whom),
                   'FAMILY' = any(s.with_whom)
            from included i join support_facts_contact s on s.client_id = i.id
            where i.latest and s.contacted_on between :from and :to
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("contacted_on", Type.PERSON_DATE),
                    Column.of("on_the_job", Type.BOOLEAN),
                    Column.of("with_client", Type.BOOLEAN),
                    Column.of("with_employer", Type.BOOLEAN),
                    Column.of("with_work_community", Type.BOOLEAN),
                    Column.of("with_care_team", Type.BOOLEAN),
                    Column.of("with_family", Type.BOOLEAN)));

    /**
     * Questionnaire scores: the statement gives each submitted response with its answers, which are scored by the
     * instrument version's rules (evaluation.Scoring) and written one row a score; the answers themselves, free text
     * included, are never written.
     */
    static final Table SCORES = new Table("questionnaire_scores", true, """
            select r.client_id, r.instrument_id, r.timepoint, r.answered_on, r.item_codes, r.item_values
            from included i join evaluation_facts_submitted_response r on r.client_id = i.id
            where i.latest and r.answered_on between :from and :to
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("instrument", Type.CODE),
                    Column.of("instrument_version", Type.INTEGER),
                    Column.of("timepoint", Type.CODE),
                    Column.of("answered_on", Type.PERSON_DATE),
                    Column.of("score", Type.CODE),
                    Column.of("value", Type.DECIMAL),
                    Column.of("items_answered", Type.INTEGER),
                    Column.of("items_missing", Type.INTEGER)));

    /** The columns of a table about teams: the team's area, its code and its collaboration model, then the rest. */
    private static List<Column> aboutATeam(Column... rest) {
        return Stream.concat(Stream.of(Column.of("area", Type.CODE), Column.of("team", Type.CODE),
                        Column.code("collaboration_model", "organisation.model", "CARE_INTEGRATED", "PARTNER_ORGANISATION")),
                Arrays.stream(rest)).toList();
    }

    static final Table FIDELITY = new Table("fidelity_reviews", false, """
            select w.code, t.code, t.collaboration_model, f.period_from, f.period_to, f.reviewed_on, f.item_code, f.score
            from fidelity_facts_published_score f
            join organisation_facts_team t on t.ips_team_id = f.ips_team_id
            join organisation_facts_area w on w.area_id = f.area_id
            where f.area_id in (:areas) and f.period_to >= :from and f.period_from <= :to
            order by w.code, t.code, f.period_from, f.item_code
            """, aboutATeam(
                    Column.of("review_from", Type.DATE),
                    Column.of("review_to", Type.DATE),
                    Column.of("reviewed_on", Type.DATE),
                    Column.of("item", Type.CODE),
                    Column.of("score", Type.INTEGER)));

    static final Table COSTS = new Table("team_costs", false, """
            select w.code, t.code, t.collaboration_model, c.year, c.staff_fte, c.salary_cost, c.premises_cost,
                   c.travel_cost, c.training_cost, c.other_cost, c.benefit_per_month, c.care_per_month, c.months_in_work
            from evaluation_facts_team_cost c
            join organisation_facts_team t on t.ips_team_id = c.ips_team_id
            join organisation_facts_area w on w.area_id = t.area_id
            where t.area_id in (:areas) and c.year between extract(year from cast(:from as date))
                                                      and extract(year from cast(:to as date))
            order by w.code, t.code, c.year
            """, aboutATeam(
                    Column.of("year", Type.INTEGER),
                    Column.of("staff_fte", Type.DECIMAL),
                    Column.of("salary_cost", Type.DECIMAL),
                    Column.of("premises_cost", Type.DECIMAL),
                    Column.of("travel_cost", Type.DECIMAL),
                    Column.of("training_cost", Type.DECIMAL),
                    Column.of("other_cost", Type.DECIMAL),
                    Column.of("benefit_per_month", Type.DECIMAL),
                    Column.of("care_per_month", Type.DECIMAL),
                    Column.of("months_in_work", Type.DECIMAL)));

    /**
     * Every referral in the period of the included and the referred-only people, enrolled or not: whether and when
     * it led to an enrolment (the first cooperation agreement on or after it, before the next referral), how a
     * referral that did not ended, and the wait for a coach that began with it.
     */
    static final Table REFERRALS = new Table("referrals", true, """
            select r.client_id, row_number() over (partition by r.client_id order by r.referred_on, r.referral_id),
                   r.referred_on, r.source, r.ended_on, r.end_reason,
                   (select min(e.enrolled_on) from consent_facts_every_enrolment e
                    where e.client_id = r.client_id and e.enrolled_on >= r.referred_on
                      and (n.next_on is null or e.enrolled_on < n.next_on)),
                   w.waiting_since, w.waited_until
            from (select id from included where latest union all select id from referred_only) p
            join clients_facts_referral r on r.client_id = p.id
            cross join lateral (select min(x.referred_on) as next_on from clients_facts_referral x
                                where x.client_id = r.client_id and x.referred_on > r.referred_on) n
            left join clients_facts_wait w on w.client_id = r.client_id and w.waiting_since >= r.referred_on
                 and (n.next_on is null or w.waiting_since < n.next_on)
            where r.referred_on between :from and :to
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("referral_number", Type.INTEGER),
                    Column.of("referred_on", Type.PERSON_DATE),
                    Column.code("referral_source", "referral.source", "CARE_TEAM", "SELF", "OTHER"),
                    Column.of("referral_ended_on", Type.PERSON_DATE),
                    Column.code("referral_end_reason", "research.codebook.referral_end", "CLIENT_CHOICE",
                            "UNREACHABLE"),
                    Column.of("enrolled_on", Type.PERSON_DATE),
                    Column.of("waiting_since", Type.PERSON_DATE),
                    Column.of("waited_until", Type.PERSON_DATE)));

    /**
     * Background and diagnosis group: each included client's latest answer (up to the period's end) to the coach's
     * REFERRAL and BACKGROUND forms, in the groups those forms define (ICD-10 chapter F groups, education, main
     * benefit); the forms' free-text items are never read.
     */
    static final Table BACKGROUND = new Table("background", true, """
            select i.id, b.diagnosis_group, b.referrer_kind, b.education, b.main_benefit,
                   cast(b.symptom_level as integer)
            from included i
            cross join lateral (
                select (array_agg(a.value order by a.answered_on desc)
                            filter (where a.instrument = 'REFERRAL' and a.item_code = 'diagnosis_group'))[1]
                           as diagnosis_group,
                       (array_agg(a.value order by a.answered_on desc)
                            filter (where a.instrument = 'REFERRAL' and a.item_code = 'referrer_kind'))[1]
                           as referrer_kind,
                       (array_agg(a.value order by a.answered_on desc)
                            filter (where a.instrument = 'BACKGROUND' and a.item_code = 'education'))[1] as education,
                       (array_agg(a.value order by a.answered_on desc)
                            filter (where a.instrument = 'BACKGROUND' and a.item_code = 'benefit'))[1]
                           as main_benefit,
                       (array_agg(a.value order by a.answered_on desc)
                            filter (where a.instrument = 'BACKGROUND' and a.item_code = 'symptom_level'))[1]
                           as symptom_level
                from evaluation_facts_item_answer a
                where a.client_id = i.id and a.instrument in ('REFERRAL', 'BACKGROUND') and a.answered_on <= :to) b
            where i.latest
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("diagnosis_group", Type.CODE),
                    Column.of("referrer_kind", Type.CODE),
                    Column.of("education", Type.CODE),
                    Column.of("main_benefit", Type.CODE),
                    Column.of("symptom_level", Type.INTEGER)));

    /**
     * Item-level answers of the clients' questionnaires and the coach's forms about them, with the version they were
     * given under: scale items as their number, choice items as their option's code; text items never.
     */
    static final Table ITEM_ANSWERS = new Table("questionnaire_items", true, """
            select a.client_id, a.instrument, a.instrument_version, a.timepoint, a.answered_on, a.item_code,
                   a.item_type, a.value
            from included i join evaluation_facts_item_answer a on a.client_id = i.id
            where i.latest and a.answered_on between :from and :to
            """, List.of(
                    Column.of("pseudonym", Type.PSEUDONYM),
                    Column.of("instrument", Type.CODE),
                    Column.of("instrument_version", Type.INTEGER),
                    Column.of("timepoint", Type.CODE),
                    Column.of("answered_on", Type.PERSON_DATE),
                    Column.of("item", Type.CODE),
                    Column.code("item_type", "research.codebook.item_type", "SCALE", "CHOICE"),
                    Column.of("value", Type.CODE)));

    /**
     * The employer, care-team and coach questionnaires about a team's work: per team, questionnaire version, period
     * and scale item, the number of answers and their mean. A row with fewer answers than the small-cell threshold
     * is left out, and no total is given, so that no one respondent's answer (a coach's, in a small team) can be
     * read or worked out from the rest.
     */
    static final Table TEAM_QUESTIONNAIRES = new Table("team_questionnaires", false, """
            select w.code, t.code, t.collaboration_model, a.instrument, a.instrument_version, a.respondent,
                   a.period_from, a.period_to, a.item_code, count(*), round(avg(cast(a.value as numeric)), 2)
            from evaluation_facts_item_answer a
            join organisation_facts_team t on t.ips_team_id = a.ips_team_id
            join organisation_facts_area w on w.area_id = a.area_id
            where a.client_id is null and a.item_type = 'SCALE' and a.area_id in (:areas)
              and a.period_to >= :from and a.period_from <= :to
            group by w.code, t.code, t.collaboration_model, a.instrument, a.instrument_version, a.respondent,
                     a.period_from, a.period_to, a.item_code
            having count(*) >= :small_cell
            order by w.code, t.code, a.instrument, a.instrument_version, a.period_from, a.period_to, a.item_code
            """, aboutATeam(
                    Column.of("instrument", Type.CODE),
                    Column.of("instrument_version", Type.INTEGER),
                    Column.code("respondent", "research.codebook.respondent", "EMPLOYER", "CARE_TEAM", "COACH"),
                    Column.of("period_from", Type.DATE),
                    Column.of("period_to", Type.DATE),
                    Column.of("item", Type.CODE),
                    Column.of("answers", Type.INTEGER),
                    Column.of("mean", Type.DECIMAL)));

    static final List<Table> ALL = List.of(ENROLMENTS, PHASES, EMPLOYER_CONTACTS, JOBS, SUPPORT_CONTACTS, SCORES,
            FIDELITY, COSTS, REFERRALS, BACKGROUND, ITEM_ANSWERS, TEAM_QUESTIONNAIRES);

    private ExtractTables() {
    }
}

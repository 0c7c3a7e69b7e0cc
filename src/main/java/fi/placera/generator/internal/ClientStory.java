package fi.placera.generator.internal;

import fi.placera.generator.internal.Seeds.Sequence;
import fi.placera.generator.internal.Seeds.Stream;
import fi.placera.generator.internal.World.CareTeam;
import fi.placera.generator.internal.World.Coach;
import fi.placera.platform.IpsModel;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What happened to one client, drawn from the client's own random stream: the referral, the agreement and
 * consents, the action plan and its reviews, the vocational profile, a job with its follow-along support,
 * and the end of the service. The same client always gets the same story, so each table can be written in
 * a pass of its own.
 */
final class ClientStory {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final double COMPETITIVE_JOB_WITHIN_A_YEAR = 0.5;
    private static final double SUPPORT_DUE_MET = 0.85;
    /** The employers an enrolled client consents to be told about their work: those the coach approaches for them. */
    private static final int EMPLOYERS_CONSENTED = 3;

    private final World world;
    private final Seeds seeds;
    private final ClientTimeline client;
    private final Coach coach;
    private final LocalDate lastDay;
    private final SplittableRandom random;
    private final UUID referralId;
    private final CareTeam careTeam;
    private final String referralSource;
    private final List<LocalDate> outreach = new ArrayList<>();
    private final String referralEndReason;
    private final UUID agreementId;
    private final String howAgreed;
    private final boolean inWorkAtEntry;
    private final UUID planId;
    private final LocalDate planStarted;
    private final Texts.Goal goal;
    private final LocalDate profileSaved;
    private final Job job;
    private final List<SupportDue> dues = new ArrayList<>();
    private final List<LocalDate> supportContacts = new ArrayList<>();
    private final boolean researchConsent;

    ClientStory(World world, ClientTimeline client) {
        this.world = world;
        this.seeds = world.seeds;
        this.client = client;
        this.researchConsent = EvaluationAnswers.consentsToResearch(world, client);
        this.coach = world.coaches.get(client.coachIndex());
        this.lastDay = client.lastDay(world.referenceDay());
        this.random = world.seeds.random(Stream.STORY, client.index());
        this.referralId = seeds.ordered(Sequence.REFERRAL, client.index());
        this.careTeam = Seeds.pick(random, coach.careTeams());
        double source = random.nextDouble();
        this.referralSource = source < 0.8 ? "CARE_TEAM" : source < 0.9 ? "SELF" : "OTHER";
        this.referralEndReason = client.referralEndedOn() == null ? null
                : Seeds.chance(random, 0.6) ? "CLIENT_CHOICE" : "UNREACHABLE";
        if ("UNREACHABLE".equals(referralEndReason)) {
            for (int attempt = 0; attempt < 3 + random.nextInt(3); attempt++) {
                outreach.add(Seeds.dayBetween(random, client.referredOn(), client.referralEndedOn()));
            }
        }
        this.agreementId = seeds.ordered(Sequence.AGREEMENT, client.index());
        this.howAgreed = Seeds.pick(random, List.of("PAPER_SIGNATURE", "PAPER_SIGNATURE", "STRONG_IDENTIFICATION",
                "VERBAL_WITH_WITNESS"));
        this.inWorkAtEntry = Seeds.chance(random, 0.1);
        this.planId = seeds.ordered(Sequence.PLAN, client.index());
        this.planStarted = client.enrolled() ? earliest(client.agreedOn().plusDays(random.nextInt(11)), lastDay) : null;
        this.goal = Texts.goal(random, client.swedish());
        LocalDate profile = client.enrolled() ? client.agreedOn().plusDays(5 + random.nextInt(26)) : null;
        this.profileSaved = profile != null && !profile.isAfter(lastDay) ? profile : null;
        this.job = client.enrolled() && Seeds.chance(random, COMPETITIVE_JOB_WITHIN_A_YEAR) ? job(world) : null;
        if (job != null) {
            planSupport();
        }
    }

    void write(Table table, CopyStream out) throws SQLException {
        switch (table) {
            case CLIENT -> writeClient(out);
            case REFERRAL -> writeReferral(out);
            case OUTREACH_ATTEMPT -> writeOutreach(out);
            case COOPERATION_AGREEMENT -> writeAgreement(out);
            case CONSENT -> writeConsents(out);
            case ACTION_PLAN, ACTION_PLAN_VERSION, ACTION_PLAN_REVIEW -> writePlan(table, out);
            case VOCATIONAL_PROFILE -> writeProfile(out);
            case JOB -> writeJob(out);
            case SUPPORT_DUE -> writeSupportDues(out);
            case SUPPORT_CONTACT -> writeSupportContacts(out);
            case SERVICE_END -> writeServiceEnd(out);
            default -> throw new IllegalArgumentException("not a table of a client's story: " + table.name);
        }
    }

    private void writeClient(CopyStream out) throws SQLException {
        out.id(client.id()).number(client.areaId()).text(client.name().first()).text(client.name().last())
                .text(client.identityCode()).text(client.swedish() ? "sv" : "fi").id(client.teamId())
                .id(coach.staffId()).number(0).endRow();
    }

    private void writeReferral(CopyStream out) throws SQLException {
        boolean fromCareTeam = referralSource.equals("CARE_TEAM");
        out.id(referralId).id(client.id()).number(client.areaId()).text(referralSource)
                .id(fromCareTeam ? careTeam.id() : null)
                .text(fromCareTeam ? "Omahoitaja" : referralSource.equals("OTHER") ? "Työllisyyspalvelut" : null)
                .date(client.referredOn()).text(goal.wish()).date(client.referralEndedOn()).text(referralEndReason)
                .text(referralEndReason == null ? null : Texts.referralEndNote(referralEndReason, client.swedish()))
                .id(coach.accountId()).endRow();
    }

    private void writeOutreach(CopyStream out) throws SQLException {
        SplittableRandom ids = new SplittableRandom(referralId.getLeastSignificantBits());
        for (LocalDate day : outreach) {
            out.id(seeds.ordered(Sequence.OUTREACH, out.rows())).id(referralId).number(client.areaId()).date(day)
                    .text(Seeds.pick(ids, List.of("PHONE", "TEXT_MESSAGE", "LETTER", "VIA_CARE_TEAM")))
                    .text(Seeds.chance(ids, 0.5) ? "NO_ANSWER" : "MESSAGE_LEFT").id(coach.accountId()).endRow();
        }
    }

    private void writeAgreement(CopyStream out) throws SQLException {
        if (!client.enrolled()) {
            return;
        }
        boolean verbal = howAgreed.equals("VERBAL_WITH_WITNESS");
        out.id(agreementId).id(client.id()).number(client.areaId()).date(client.agreedOn()).text(howAgreed)
                .text(verbal ? "Omahoitaja" : null).id(coach.accountId()).flag(inWorkAtEntry).endRow();
    }

    /**
     * Consent to share with the care team (service record, plan, employment) and with employment services, and for
     * most clients to the use of their evaluation data in research (party OTHER).
     */
    private void writeConsents(CopyStream out) throws SQLException {
        if (!client.enrolled()) {
            return;
        }
        Instant given = at(client.agreedOn(), 10);
        for (String kind : List.of("SERVICE_RECORD", "ACTION_PLAN", "EMPLOYMENT")) {
            out.id(seeds.ordered(Sequence.CONSENT, out.rows())).id(client.id()).number(client.areaId())
                    .text("CARE_TEAM").id(careTeam.id()).id(null).text(careTeam.name()).text(kind).date(client.agreedOn()).date(null).instant(given)
                    .instant(null).id(coach.accountId()).endRow();
        }
        out.id(seeds.ordered(Sequence.CONSENT, out.rows())).id(client.id()).number(client.areaId())
                .text("EMPLOYMENT_SERVICES").id(null).id(null)
                .text("Työllisyyspalvelut").text("EMPLOYMENT").date(client.agreedOn()).date(null).instant(given)
                .instant(null).id(coach.accountId()).endRow();
        for (UUID employer : consentedEmployers(world, client)) {
            out.id(seeds.ordered(Sequence.CONSENT, out.rows())).id(client.id()).number(client.areaId())
                    .text("EMPLOYER").id(null).id(employer).text(world.employerName(employer)).text("EMPLOYMENT")
                    .date(client.agreedOn()).date(null).instant(given).instant(null).id(coach.accountId()).endRow();
        }
        if (researchConsent) {
            out.id(seeds.ordered(Sequence.CONSENT, out.rows())).id(client.id()).number(client.areaId())
                    .text("OTHER").id(null).id(null).text("Arviointitutkimus").text("EVALUATION").date(client.agreedOn())
                    .date(null).instant(given).instant(null).id(coach.accountId()).endRow();
        }
    }

    /**
     * The employers of the client's area the enrolled client consents, from the agreement on, to be told about their
     * work (kind EMPLOYMENT): every generated contact about the client and the client's job are with one of them, as
     * the application requires of what it records (decision 0037). Drawn from a stream of their own, so the contacts'
     * pass finds the same ones.
     */
    static List<UUID> consentedEmployers(World world, ClientTimeline client) {
        if (!client.enrolled()) {
            return List.of();
        }
        SplittableRandom random = world.seeds.random(Stream.EMPLOYER_CONSENTS, client.index());
        List<UUID> employers = world.area(client.areaId()).employers();
        List<UUID> chosen = new ArrayList<>(EMPLOYERS_CONSENTED);
        while (chosen.size() < EMPLOYERS_CONSENTED) {
            UUID employer = Seeds.pick(random, employers);
            if (!chosen.contains(employer)) {
                chosen.add(employer);
            }
        }
        return chosen;
    }

    private void writePlan(Table table, CopyStream out) throws SQLException {
        if (planStarted == null) {
            return;
        }
        switch (table) {
            case ACTION_PLAN -> out.id(planId).id(client.id()).number(client.areaId()).date(planStarted)
                    .text(goal.goals()).text(goal.steps()).text(goal.responsibilities()).number(1).endRow();
            case ACTION_PLAN_VERSION -> out.id(planId).number(1).text(goal.goals()).text(goal.steps())
                    .text(goal.responsibilities()).instant(at(planStarted, 14)).id(coach.accountId()).endRow();
            default -> writeReviews(out);
        }
    }

    private void writeReviews(CopyStream out) throws SQLException {
        SplittableRandom ids = new SplittableRandom(planId.getLeastSignificantBits());
        for (int months : IpsModel.PLAN_REVIEW_MONTHS) {
            LocalDate due = planStarted.plusMonths(months);
            if (due.isAfter(lastDay)) {
                return;
            }
            out.id(seeds.ordered(Sequence.REVIEW, out.rows())).id(planId).number(client.areaId()).date(due).number(months)
                    .text(Texts.review(ids, client.swedish())).id(coach.accountId()).endRow();
        }
    }

    private void writeProfile(CopyStream out) throws SQLException {
        if (profileSaved == null) {
            return;
        }
        SplittableRandom texts = new SplittableRandom(planId.getMostSignificantBits());
        out.id(client.id()).number(1).number(client.areaId()).text(Texts.strengths(texts, client.swedish()))
                .text(goal.interests()).text(goal.goals()).text(goal.preferredWork())
                .text(Seeds.pick(texts, List.of("10-20 h/vko", "20-30 h/vko", "aamupäivät", "kokoaikainen")))
                .text(Seeds.pick(texts, List.of("UNDECIDED", "DISCLOSE", "PARTLY", "NOT_DISCLOSE")))
                .instant(at(profileSaved, 13)).id(coach.accountId()).endRow();
    }

    private void writeJob(CopyStream out) throws SQLException {
        if (job == null) {
            return;
        }
        out.id(job.id()).id(client.id()).number(client.areaId()).id(job.employerId()).text(job.title())
                .date(job.startedOn()).date(job.endedOn()).literal(job.hoursPerWeek() + ".0").text(job.wageBasis())
                .text(job.contractType()).date(job.contractEndsOn()).flag(true).text(job.endReason())
                .id(coach.accountId()).id(job.idempotencyKey()).number(0).endRow();
    }

    private void writeSupportDues(CopyStream out) throws SQLException {
        for (SupportDue due : dues) {
            out.id(due.id()).id(client.id()).number(client.areaId()).id(job.id()).text(due.kind())
                    .date(due.windowFrom()).date(due.dueOn()).flag(false).text(null).endRow();
        }
    }

    private void writeSupportContacts(CopyStream out) throws SQLException {
        SplittableRandom ids = new SplittableRandom(job == null ? 0 : job.idempotencyKey().getLeastSignificantBits());
        for (LocalDate day : supportContacts) {
            boolean onTheJob = Seeds.chance(ids, 0.4);
            out.id(seeds.ordered(Sequence.SUPPORT_CONTACT, out.rows())).id(client.id()).number(client.areaId())
                    .date(day).flag(onTheJob).words(onTheJob ? List.of("CLIENT", "EMPLOYER") : List.of("CLIENT"))
                    .text(Texts.supportNote(ids, client.swedish())).id(coach.accountId())
                    .id(seeds.ordered(Sequence.SUPPORT_CONTACT_KEY, out.rows())).endRow();
        }
    }

    private void writeServiceEnd(CopyStream out) throws SQLException {
        if (client.serviceEndedOn() == null) {
            return;
        }
        SplittableRandom ends = new SplittableRandom(agreementId.getMostSignificantBits());
        boolean stepDown = Seeds.chance(ends, 0.45);
        out.id(seeds.ordered(Sequence.SERVICE_END, client.index())).id(client.id()).number(client.areaId())
                .date(client.serviceEndedOn())
                .text(stepDown ? "STEP_DOWN_TO_CARE_TEAM" : "CLIENT_CHOICE").id(stepDown ? careTeam.id() : null)
                .text(Texts.serviceEndNote(stepDown, client.swedish())).id(coach.accountId())
                // a step-down is the client's choice too (decision 0069): agreed on paper on the day it ends
                .date(stepDown ? client.serviceEndedOn() : null).text(stepDown ? "PAPER_SIGNATURE" : null).endRow();
    }

    /**
     * A competitive job starting within a year of enrolment, if that day comes while the client is in the service:
     * the chance is set a little above the 40-50 % aimed at because clients who leave early never reach the day.
     */
    private Job job(World world) {
        LocalDate start = client.agreedOn().plusDays(20 + random.nextInt(280));
        if (start.isAfter(lastDay)) {
            return null;
        }
        int hours = 4 + (int) Math.round(36 * Math.pow(random.nextDouble(), 1.6)); // mostly part-time
        boolean fixedTerm = Seeds.chance(random, 0.6);
        LocalDate contractEnds = fixedTerm ? start.plusMonths(3 + random.nextInt(10)) : null;
        LocalDate ended = null;
        String endReason = null;
        if (fixedTerm && !contractEnds.isAfter(lastDay)) {
            ended = contractEnds;
            endReason = "CONTRACT_ENDED";
        } else if (Seeds.chance(random, 0.25)) {
            LocalDate candidate = start.plusDays(30 + random.nextInt(400));
            if (!candidate.isAfter(lastDay)) {
                ended = candidate;
                endReason = Seeds.pick(random, List.of("CLIENT_RESIGNED", "DISMISSED", "MUTUAL_AGREEMENT",
                        "MOVED_TO_ANOTHER_JOB", "OTHER"));
            }
        }
        // one draw as before, from the employers the client consented to (decision 0037)
        return new Job(seeds.ordered(Sequence.JOB, client.index()), Seeds.pick(random, consentedEmployers(world, client)), Texts.jobTitle(random, client.swedish()),
                start, ended, hours, hours >= 30 ? "MONTHLY" : "HOURLY", fixedTerm ? "FIXED_TERM" : "PERMANENT",
                contractEnds, endReason, seeds.ordered(Sequence.JOB_KEY, client.index()));
    }

    /** The follow-along schedule a job start proposes (V18), and the contacts that met most of it. */
    private void planSupport() {
        LocalDate start = job.startedOn();
        LocalDate until = job.endedOn() == null ? lastDay : earliest(job.endedOn(), lastDay);
        due("BEFORE_START", start.minusDays(IpsModel.SUPPORT_DAYS_BEFORE_START), start, until);
        due("AFTER_START", start, start.plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END), until);
        for (int week = 1; week <= IpsModel.SUPPORT_WEEKLY_WEEKS; week++) {
            due("FIRST_MONTH_WEEKLY", start.plusDays(7L * week - 6), start.plusDays(7L * week), until);
        }
        for (int month = 1; month <= IpsModel.SUPPORT_MONTHLY_MONTHS; month++) {
            due("MONTHLY", start.plusMonths(month).minusDays(6), start.plusMonths(month), until);
        }
        if (job.endedOn() != null) {
            due("AFTER_JOB_END", job.endedOn(), job.endedOn().plusDays(IpsModel.SUPPORT_DAYS_AFTER_START_OR_END), lastDay);
        }
        for (SupportDue due : dues) {
            if (!due.dueOn().isAfter(lastDay) && Seeds.chance(random, SUPPORT_DUE_MET)) {
                supportContacts.add(Seeds.dayBetween(random, due.windowFrom(), due.dueOn()));
            }
        }
    }

    private void due(String kind, LocalDate windowFrom, LocalDate dueOn, LocalDate until) {
        if (!windowFrom.isAfter(until)) {
            // a job has at most 19 dues, so 32 numbers per client keep every client's dues apart and in order
            dues.add(new SupportDue(seeds.ordered(Sequence.SUPPORT_DUE, client.index() * 32 + dues.size()), kind,
                    windowFrom, dueOn));
        }
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(HELSINKI).toInstant();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Job(UUID id, UUID employerId, String title, LocalDate startedOn, LocalDate endedOn,
            int hoursPerWeek, String wageBasis, String contractType, LocalDate contractEndsOn, String endReason,
            UUID idempotencyKey) {
    }

    private record SupportDue(UUID id, String kind, LocalDate windowFrom, LocalDate dueOn) {
    }
}

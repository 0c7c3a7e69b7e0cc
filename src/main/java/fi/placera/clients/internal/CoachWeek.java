package fi.placera.clients.internal;

import fi.placera.clients.CoachTasks;
import fi.placera.clients.EmployerContactFacts;
import fi.placera.clients.internal.Referrals.Referral;
import fi.placera.consent.Agreement;
import fi.placera.consent.Consents;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.CounsellingDue;
import fi.placera.planning.ReviewDue;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.Progress;
import fi.placera.platform.IpsModel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of a coach's week: each client of the caseload with their phase, and what falls due by Sunday — plan
 * reviews, benefits counselling, reaching a referred client — overdue work first. The page is {@code WeekController}'s.
 */
@Component
public class CoachWeek {

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final Consents consents;
    private final ActionPlans plans;
    private final BenefitsCounselling counselling;
    private final VocationalProfiles profiles;
    private final EmployerContactFacts employerContacts;
    private final List<CoachTasks> otherTasks;

    CoachWeek(JdbcClient jdbc, Referrals referrals, Consents consents, ActionPlans plans, BenefitsCounselling counselling,
            VocationalProfiles profiles, EmployerContactFacts employerContacts, List<CoachTasks> otherTasks) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.consents = consents;
        this.plans = plans;
        this.counselling = counselling;
        this.profiles = profiles;
        this.employerContacts = employerContacts;
        this.otherTasks = otherTasks;
    }

    /**
     * Where the client is in the IPS journey: the phase clients publishes for the day ({@code clients_facts_phase_on}:
     * working and follow-along support continue "enrolled"), with "enrolled" before any job told apart by the
     * vocational profile.
     */
    public enum Phase {
        REFERRED, NOT_ENROLLED, ENGAGEMENT, VOCATIONAL_PROFILE, JOB_SEARCH, WORKING, FOLLOW_ALONG_SUPPORT, ENDED
    }

    /** One client of the caseload: phase, enrolment (the agreement) and the first face-to-face employer contact. */
    public record ClientRow(UUID id, String name, Phase phase, LocalDate enrolledOn, LocalDate firstEmployerContact) {

        public Long daysSinceEnrolment(LocalDate today) {
            return enrolledOn == null ? null : ChronoUnit.DAYS.between(enrolledOn, today);
        }

        /** Fidelity V4: no face-to-face employer contact yet and the model's day for one is near or past. */
        public boolean rapidSearchAtRisk(LocalDate today) {
            Long days = daysSinceEnrolment(today);
            return days != null && firstEmployerContact == null && days >= IpsModel.FIRST_EMPLOYER_CONTACT_WARNING_DAY;
        }
    }

    /**
     * Something due for a client by {@code dueOn}; {@code what} is a message key taking {@code detail}, {@code href}
     * the part of the client record where it is met. A task the staff member owns themselves names no client
     * ({@code clientId} and {@code clientName} null) and links to where it is met.
     */
    public record Task(LocalDate dueOn, String what, Object detail, UUID clientId, String clientName, boolean reminder,
            String href) {

        Task(LocalDate dueOn, String what, Object detail, UUID clientId, String clientName, String part) {
            this(dueOn, what, detail, clientId, clientName, false, CoachTasks.onRecord(clientId, part));
        }

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    public record Week(LocalDate monday, LocalDate sunday, List<ClientRow> clients, List<Task> tasks) {

        /** How many of the tasks are reminders about something sent and not yet answered. */
        public long reminders() {
            return tasks.stream().filter(Task::reminder).count();
        }
    }

    /** The week of these clients, as a page about them (not about one staff member's own week) shows it. */
    public Week of(List<Client> caseload, LocalDate today) {
        return of(caseload, today, null);
    }

    /**
     * The week of these clients and of the staff member whose caseload they are, with the tasks they own themselves
     * (an employer contact's dated next step, a team meeting's action: decision 0065). Each kind of record is read once for the whole caseload (a handful of statements
     * whatever its size), not once per client: per-client reads made the page slow at scale (issue 10).
     */
    public Week of(List<Client> caseload, LocalDate today, UUID staffMemberId) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Records records = records(caseload.stream().map(Client::id).toList(), today);
        List<ClientRow> rows = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (Client client : caseload) {
            ClientRow row = row(client, records);
            rows.add(row);
            tasksOf(client, Optional.ofNullable(records.referrals().get(client.id())), row.enrolledOn() != null,
                    records).stream().filter(task -> !task.dueOn().isAfter(sunday)).forEach(tasks::add);
        }
        Map<UUID, String> names = caseload.stream()
                .collect(Collectors.toMap(Client::id, client -> client.firstName() + " " + client.lastName()));
        addOtherTasks(names, sunday, tasks);
        addDatesComingBack(names, today, sunday, tasks);
        addOwnTasks(staffMemberId, sunday, tasks);
        rows.sort(Comparator.comparing(ClientRow::name));
        tasks.sort(Comparator.comparing(Task::dueOn)
                .thenComparing(Task::clientName, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Week(monday, sunday, rows, tasks);
    }

    /**
     * The clients' rows as the week shows them (phase, enrolment, first employer contact) without their tasks, for a
     * list of clients: the records the rows need, each kind read once for all of them.
     */
    public List<ClientRow> rowsOf(List<Client> clients, LocalDate today) {
        List<UUID> ids = clients.stream().map(Client::id).toList();
        Map<UUID, Agreement> agreements = consents.agreementsOf(ids);
        List<UUID> enrolled = List.copyOf(agreements.keySet());
        Records records = new Records(publishedPhases(ids, today), Map.of(), Map.of(), agreements,
                employerContacts.firstFaceToFaceAfterEnrolment(enrolled), profiles.progressOf(enrolled), Map.of(),
                Map.of());
        return clients.stream().map(client -> row(client, records)).toList();
    }

    private static ClientRow row(Client client, Records records) {
        LocalDate enrolled = Optional.ofNullable(records.agreements().get(client.id())).map(Agreement::agreedOn)
                .orElse(null);
        return new ClientRow(client.id(), client.lastName() + ", " + client.firstName(),
                phase(records.phases().get(client.id()), records.profiles().get(client.id())), enrolled,
                records.firstContacts().get(client.id()));
    }

    /** What the week needs of the caseload's records, each kind read once for all clients. */
    private record Records(Map<UUID, String> phases, Map<UUID, Referral> referrals, Map<UUID, LocalDate> lastAttempts,
            Map<UUID, Agreement> agreements, Map<UUID, LocalDate> firstContacts, Map<UUID, Progress> profiles,
            Map<UUID, List<ReviewDue>> reviews, Map<UUID, List<CounsellingDue>> counselling) {
    }

    private Records records(List<UUID> clients, LocalDate today) {
        Map<UUID, Referral> referralsOf = referrals.of(clients);
        Map<UUID, Agreement> agreements = consents.agreementsOf(clients);
        List<UUID> enrolled = List.copyOf(agreements.keySet());
        return new Records(publishedPhases(clients, today), referralsOf,
                referrals.lastAttempts(referralsOf.values().stream().map(Referral::id).toList()), agreements,
                employerContacts.firstFaceToFaceAfterEnrolment(enrolled), profiles.progressOf(enrolled),
                plans.reviewsDue(enrolled), counselling.dues(enrolled));
    }

    /** What other modules have due for these clients by Sunday (support contacts, …). */
    private void addOtherTasks(Map<UUID, String> names, LocalDate sunday, List<Task> tasks) {
        otherTasks.stream().flatMap(source -> source.dueBy(names.keySet(), sunday).stream())
                .forEach(task -> tasks.add(new Task(task.dueOn(), task.what(), task.detail(), task.clientId(),
                        names.get(task.clientId()), task.reminder(), task.href())));
    }

    /** What the staff member owns themselves by Sunday, from the other modules; such a task names no client. */
    private void addOwnTasks(UUID staffMemberId, LocalDate sunday, List<Task> tasks) {
        otherTasks.stream().flatMap(source -> source.ownedBy(staffMemberId, sunday).stream())
                .forEach(task -> tasks.add(new Task(task.dueOn(), task.what(), task.detail(), null, null,
                        task.reminder(), task.href())));
    }

    /**
     * Stored dates of modules that "my week" depends on, back as tasks from their lead time before the day until the
     * day (decision 0062): a consent's last day (consent_facts_expiring) and the day the disclosure decision is
     * revisited (planning_facts_disclosure_revisit). Jobs and employers bring theirs through {@link CoachTasks}.
     */
    private void addDatesComingBack(Map<UUID, String> names, LocalDate today, LocalDate sunday, List<Task> tasks) {
        if (names.isEmpty()) {
            return;
        }
        comingBack("select client_id, valid_until from consent_facts_expiring where client_id in (:clients)"
                        + " and valid_until between :today and :until", names, today,
                sunday.plusDays(IpsModel.CONSENT_EXPIRY_LEAD_DAYS), "week.task.consent-expires", "consents", tasks);
        comingBack("select client_id, revisit_on from planning_facts_disclosure_revisit where client_id in (:clients)"
                        + " and revisit_on between :today and :until", names, today,
                sunday.plusDays(IpsModel.DISCLOSURE_REVISIT_LEAD_DAYS), "week.task.disclosure-revisit", "profile", tasks);
    }

    private void comingBack(String sql, Map<UUID, String> names, LocalDate today, LocalDate until, String what,
            String part, List<Task> tasks) {
        jdbc.sql(sql).param("clients", names.keySet()).param("today", today).param("until", until)
                .query(rs -> {
                    UUID client = rs.getObject(1, UUID.class);
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    tasks.add(new Task(day, what, day, client, names.get(client), part));
                });
    }

    /** The clients' phases today as clients publishes them, read once for the caseload. */
    private Map<UUID, String> publishedPhases(List<UUID> clients, LocalDate today) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select client_id, phase from clients_facts_phase_on(:today) where client_id in (:clients)")
                .param("today", today).param("clients", clients)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Before any job, job search begins once the profile says what work the client wants. */
    private static Phase phase(String published, Progress profile) {
        if (!"ENROLLED".equals(published)) {
            return Phase.valueOf(published);
        }
        if (profile != null && profile.preferredWorkKnown()) {
            return Phase.JOB_SEARCH;
        }
        return profile == null || profile.meetings() == 0 ? Phase.ENGAGEMENT : Phase.VOCATIONAL_PROFILE;
    }

    private static List<Task> tasksOf(Client client, Optional<Referral> referral, boolean agreed, Records records) {
        String name = client.firstName() + " " + client.lastName();
        List<Task> tasks = new ArrayList<>();
        if (!agreed) {
            referral.filter(open -> open.endedOn() == null)
                    .ifPresent(open -> tasks.add(new Task(nextOutreach(open, records.lastAttempts().get(open.id())),
                            "week.task.outreach", open.referredOn(), client.id(), name, "referral")));
            return tasks;
        }
        records.reviews().getOrDefault(client.id(), List.of()).stream().filter(due -> !due.done())
                .forEach(due -> tasks.add(new Task(due.dueOn(), "week.task.review", due.milestone(), client.id(), name,
                        "plan")));
        records.counselling().getOrDefault(client.id(), List.of()).stream().filter(due -> !due.met())
                .forEach(due -> tasks.add(new Task(due.dueOn(), "week.task.counselling." + due.reason(), null,
                        client.id(), name, "counselling")));
        return tasks;
    }

    /** A week after the last attempt to reach the client, or after the referral when there was none. */
    private static LocalDate nextOutreach(Referral referral, LocalDate lastAttempt) {
        return (lastAttempt == null ? referral.referredOn() : lastAttempt).plusDays(IpsModel.OUTREACH_INTERVAL_DAYS);
    }
}

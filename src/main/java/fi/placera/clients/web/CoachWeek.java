package fi.placera.clients.web;

import fi.placera.clients.internal.Client;
import fi.placera.clients.internal.Referrals;
import fi.placera.clients.internal.Referrals.Referral;
import fi.placera.clients.CoachTasks;
import fi.placera.clients.EmployerContactFacts;
import fi.placera.consent.Agreement;
import fi.placera.consent.Consents;
import fi.placera.planning.ActionPlans;
import fi.placera.planning.BenefitsCounselling;
import fi.placera.planning.VocationalProfiles;
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
import org.springframework.stereotype.Component;

/**
 * A coach's week: each client of the caseload with their phase, and what falls due by Sunday — plan
 * reviews, benefits counselling, reaching a referred client — overdue work first.
 */
@Component
class CoachWeek {

    /** A referred client not yet reached is contacted again a week after the last attempt. */
    static final int OUTREACH_INTERVAL_DAYS = 7;

    private final Referrals referrals;
    private final Consents consents;
    private final ActionPlans plans;
    private final BenefitsCounselling counselling;
    private final VocationalProfiles profiles;
    private final EmployerContactFacts employerContacts;
    private final List<CoachTasks> otherTasks;

    CoachWeek(Referrals referrals, Consents consents, ActionPlans plans, BenefitsCounselling counselling,
            VocationalProfiles profiles, EmployerContactFacts employerContacts, List<CoachTasks> otherTasks) {
        this.referrals = referrals;
        this.consents = consents;
        this.plans = plans;
        this.counselling = counselling;
        this.profiles = profiles;
        this.employerContacts = employerContacts;
        this.otherTasks = otherTasks;
    }

    /** Where the client is in the IPS journey, as far as the records show. */
    enum Phase { REFERRED, NOT_ENROLLED, ENGAGEMENT, VOCATIONAL_PROFILE, JOB_SEARCH }

    /** Fidelity V4: the first face-to-face employer contact within 30 days of enrolment; warn from day 25. */
    static final int RAPID_SEARCH_DAYS = 30;
    static final int RAPID_SEARCH_WARNING_DAYS = 25;

    /** One client of the caseload: phase, enrolment (the agreement) and the first face-to-face employer contact. */
    record ClientRow(UUID id, String name, Phase phase, LocalDate enrolledOn, LocalDate firstEmployerContact) {

        public Long daysSinceEnrolment(LocalDate today) {
            return enrolledOn == null ? null : ChronoUnit.DAYS.between(enrolledOn, today);
        }

        /** No face-to-face employer contact yet and day 30 is near or past. */
        public boolean rapidSearchAtRisk(LocalDate today) {
            Long days = daysSinceEnrolment(today);
            return days != null && firstEmployerContact == null && days >= RAPID_SEARCH_WARNING_DAYS;
        }
    }

    /** Something due for a client by {@code dueOn}; {@code what} is a message key taking {@code detail}. */
    record Task(LocalDate dueOn, String what, Object detail, UUID clientId, String clientName) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    record Week(LocalDate monday, LocalDate sunday, List<ClientRow> clients, List<Task> tasks) {
    }

    Week of(List<Client> caseload, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<ClientRow> rows = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (Client client : caseload) {
            Optional<Referral> referral = referrals.of(client.id());
            LocalDate enrolled = consents.agreementOf(client.id()).map(Agreement::agreedOn).orElse(null);
            boolean agreed = enrolled != null;
            LocalDate firstContact = agreed ? employerContacts.firstFaceToFace(client.id(), enrolled).orElse(null) : null;
            rows.add(new ClientRow(client.id(), client.lastName() + ", " + client.firstName(), phase(referral, agreed,
                    client.id()), enrolled, firstContact));
            tasksOf(client, referral, agreed).stream().filter(task -> !task.dueOn().isAfter(sunday)).forEach(tasks::add);
        }
        addOtherTasks(caseload, sunday, tasks);
        rows.sort(Comparator.comparing(ClientRow::name));
        tasks.sort(Comparator.comparing(Task::dueOn).thenComparing(Task::clientName));
        return new Week(monday, sunday, rows, tasks);
    }

    /** What other modules have due for these clients by Sunday (support contacts, …). */
    private void addOtherTasks(List<Client> caseload, LocalDate sunday, List<Task> tasks) {
        Map<UUID, String> names = caseload.stream()
                .collect(Collectors.toMap(Client::id, client -> client.firstName() + " " + client.lastName()));
        otherTasks.stream().flatMap(source -> source.dueBy(names.keySet(), sunday).stream())
                .forEach(task -> tasks.add(new Task(task.dueOn(), task.what(), task.detail(), task.clientId(),
                        names.get(task.clientId()))));
    }

    /** Job search begins once the profile says what work the client wants; jobs will add the later phases. */
    private Phase phase(Optional<Referral> referral, boolean agreed, UUID clientId) {
        if (agreed) {
            if (profiles.profileOf(clientId).map(profile -> profile.content().preferredWork() != null).orElse(false)) {
                return Phase.JOB_SEARCH;
            }
            return profiles.meetings(clientId).isEmpty() ? Phase.ENGAGEMENT : Phase.VOCATIONAL_PROFILE;
        }
        return referral.map(Referral::endedOn).isPresent() ? Phase.NOT_ENROLLED : Phase.REFERRED;
    }

    private List<Task> tasksOf(Client client, Optional<Referral> referral, boolean agreed) {
        String name = client.firstName() + " " + client.lastName();
        List<Task> tasks = new ArrayList<>();
        if (!agreed) {
            referral.filter(open -> open.endedOn() == null)
                    .ifPresent(open -> tasks.add(new Task(nextOutreach(open), "week.task.outreach", open.referredOn(),
                            client.id(), name)));
            return tasks;
        }
        plans.reviewsDue(client.id()).stream().filter(due -> !due.done())
                .forEach(due -> tasks.add(new Task(due.dueOn(), "week.task.review", due.milestone(), client.id(), name)));
        counselling.dues(client.id()).stream().filter(due -> !due.met())
                .forEach(due -> tasks.add(new Task(due.dueOn(), "week.task.counselling." + due.reason(), null,
                        client.id(), name)));
        return tasks;
    }

    private LocalDate nextOutreach(Referral referral) {
        return referrals.attemptsFor(referral.id()).stream().map(Referrals.Attempt::attemptedOn)
                .max(Comparator.naturalOrder()).orElse(referral.referredOn()).plusDays(OUTREACH_INTERVAL_DAYS);
    }
}

package fi.placera.imports.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.clients.ClientIntake.MovedClient;
import fi.placera.consent.Consents;
import fi.placera.consent.Consents.TrackerAgreement;
import fi.placera.employers.Employer;
import fi.placera.employers.EmployerContacts;
import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.EmployerContacts.Mode;
import fi.placera.employers.EmployerContacts.Purpose;
import fi.placera.employers.Employers;
import fi.placera.imports.ImportError;
import fi.placera.imports.ImportResult.Counts;
import fi.placera.imports.internal.TrackerPlan.ClientRow;
import fi.placera.imports.internal.TrackerPlan.ContactRow;
import fi.placera.imports.internal.TrackerPlan.EmployerRef;
import fi.placera.imports.internal.TrackerPlan.JobRow;
import fi.placera.jobs.Job;
import fi.placera.jobs.Jobs;
import fi.placera.jobs.Jobs.NewJob;
import fi.placera.jobs.Jobs.TrackerJob;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.planning.VocationalProfiles;
import fi.placera.planning.VocationalProfiles.TrackerProfile;
import fi.placera.platform.BatchRejection;
import fi.placera.platform.Rejection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Stores a checked tracker through the owning modules' APIs, in the caller's transaction, a table at a time in
 * batches: one statement per table and batch instead of one per row (decision 0088). A client whose
 * client_ref the team already has is skipped with everything of their own; jobs and contacts carry their row
 * keys, so those stored before are skipped too. Employers are found by business ID or name in the area, or
 * registered.
 */
@Component
class TrackerStore {

    /** Rows per batch: each table's batch is one statement; a batch's arrays and look-ups stay bounded. */
    static final int BATCH = 5_000;

    private final ClientIntake intake;
    private final ClientRefs refs;
    private final Consents consents;
    private final VocationalProfiles profiles;
    private final Employers employers;
    private final EmployerContacts contacts;
    private final Jobs jobs;
    private final MessageSource messages;

    TrackerStore(ClientIntake intake, ClientRefs refs, Consents consents, VocationalProfiles profiles,
            Employers employers, EmployerContacts contacts, Jobs jobs, MessageSource messages) {
        this.intake = intake;
        this.refs = refs;
        this.consents = consents;
        this.profiles = profiles;
        this.employers = employers;
        this.contacts = contacts;
        this.jobs = jobs;
        this.messages = messages;
    }

    Counts store(TrackerPlan plan, UUID recordedBy, Locale locale) {
        Run run = new Run(plan.team(), recordedBy, locale);
        batches(plan.clients()).forEach(run::clients);
        batches(plan.jobs()).forEach(run::jobs);
        batches(plan.contacts()).forEach(run::contacts);
        return run.counts();
    }

    /** The rows in batches of {@link #BATCH}, in order. */
    private static <T> List<List<T>> batches(List<T> rows) {
        return IntStream.iterate(0, from -> from < rows.size(), from -> from + BATCH)
                .mapToObj(from -> rows.subList(from, Math.min(from + BATCH, rows.size()))).toList();
    }

    /** One import: the clients by reference, the employers found or registered, and what was counted. */
    private final class Run {

        private final IpsTeamSummary team;
        private final UUID recordedBy;
        private final Locale locale;
        private final Map<String, UUID> clients;
        private final Map<EmployerRef, UUID> employerIds = new HashMap<>();
        private int newClients;
        private int existingClients;
        private int agreements;
        private int profileMeetings;
        private int serviceEnds;
        private int newJobs;
        private int existingJobs;
        private int employersCreated;
        private int newContacts;
        private int existingContacts;

        Run(IpsTeamSummary team, UUID recordedBy, Locale locale) {
            this.team = team;
            this.recordedBy = recordedBy;
            this.locale = locale;
            this.clients = new HashMap<>(refs.of(team.id()));
        }

        /**
         * Stores a batch of a table's rows; a refusal names its row (the batch's first when the module cannot say
         * which) and stops the import.
         */
        <T, R> R rows(TrackerTable table, List<T> rows, ToIntFunction<T> rowOf, Supplier<R> store) {
            try {
                return store.get();
            } catch (BatchRejection refused) {
                throw failed(table, rowOf.applyAsInt(rows.get(refused.item())), refused);
            } catch (Rejection refused) {
                throw failed(table, rowOf.applyAsInt(rows.get(0)), refused);
            }
        }

        private static ImportFailed failed(TrackerTable table, int row, Rejection refused) {
            return new ImportFailed(new ImportError(table.sheet(), row, null, refused.messageKey(), refused.arguments()));
        }

        /** The batch's clients the team does not have yet, with their agreements and profiles. */
        void clients(List<ClientRow> rows) {
            List<ClientRow> added = rows.stream().filter(row -> !clients.containsKey(row.ref())).toList();
            existingClients += rows.size() - added.size();
            if (added.isEmpty()) {
                return;
            }
            List<UUID> ids = rows(TrackerTable.CLIENTS, added, ClientRow::row,
                    () -> intake.admitAll(added.stream().map(this::moved).toList()));
            refs.addAll(team.id(), team.areaId(), added.stream().map(ClientRow::ref).toList(), ids);
            for (int client = 0; client < added.size(); client++) {
                clients.put(added.get(client).ref(), ids.get(client));
            }
            newClients += added.size();
            serviceEnds += (int) added.stream().filter(row -> row.exitedOn() != null).count();
            agreements(added.stream().filter(row -> row.enrolledOn() != null).toList());
            profiles(added.stream().filter(row -> row.profileOn() != null).toList());
        }

        private MovedClient moved(ClientRow row) {
            return new MovedClient(team.areaId(), team.id(), row.coach(),
                    Objects.requireNonNullElse(row.firstName(), "-"), Objects.requireNonNullElse(row.lastName(), row.ref()),
                    row.identityCode(), row.language(), row.referredOn(), row.careTeamId(), row.selfReferred(),
                    row.exitedOn(), exitNote(row), recordedBy);
        }

        private void agreements(List<ClientRow> enrolled) {
            rows(TrackerTable.CLIENTS, enrolled, ClientRow::row, () -> consents.recordFromTracker(enrolled.stream()
                    .map(row -> new TrackerAgreement(clients.get(row.ref()), team.areaId(), row.enrolledOn(),
                            row.inWorkAtEntry(), row.coachAccount()))
                    .toList()));
            agreements += enrolled.size();
        }

        private void profiles(List<ClientRow> profiled) {
            String covered = text("import.record.profile-meeting");
            rows(TrackerTable.CLIENTS, profiled, ClientRow::row, () -> profiles.recordFromTracker(profiled.stream()
                    .map(row -> new TrackerProfile(RowKeys.of(team.id(), row.ref(), "vocational_profile_date"),
                            clients.get(row.ref()), team.areaId(), row.profileOn(), covered, row.coachAccount()))
                    .toList()));
            profileMeetings += profiled.size();
        }

        void jobs(List<JobRow> rows) {
            // an employer registered for a row may be refused: that row is named
            List<TrackerJob> tracked = rows.stream()
                    .map(row -> rows(TrackerTable.JOBS, List.of(row), JobRow::row, () -> job(row))).toList();
            int stored = rows(TrackerTable.JOBS, rows, JobRow::row, () -> jobs.recordFromTracker(tracked));
            newJobs += stored;
            existingJobs += rows.size() - stored;
        }

        private TrackerJob job(JobRow row) {
            return new TrackerJob(new NewJob(row.key(), clients.get(row.clientRef()), team.areaId(), employer(row.employer()),
                    row.title(), null, row.startedOn(), row.hoursPerWeek(), Job.WageBasis.OTHER, row.contractType(),
                    row.contractType() == Job.ContractType.FIXED_TERM ? row.endedOn() : null, row.competitive(),
                    recordedBy), row.endedOn());
        }

        void contacts(List<ContactRow> rows) {
            List<Contact> tracked = rows.stream()
                    .map(row -> rows(TrackerTable.EMPLOYER_CONTACTS, List.of(row), ContactRow::row, () -> contact(row)))
                    .toList();
            int stored = rows(TrackerTable.EMPLOYER_CONTACTS, rows, ContactRow::row,
                    () -> contacts.recordFromTracker(tracked));
            newContacts += stored;
            existingContacts += rows.size() - stored;
        }

        private Contact contact(ContactRow row) {
            UUID client = row.clientRef() == null ? null : clients.get(row.clientRef());
            return new Contact(row.key(), team.areaId(), employer(row.employer()), row.employer().name(),
                    row.coach(), row.contactedOn(), row.faceToFace() ? Mode.FACE_TO_FACE : Mode.OTHER,
                    client == null ? Purpose.GENERAL_JOB_DEVELOPMENT : Purpose.ABOUT_CLIENT, client, false,
                    row.followedPreference(), null, null, recordedBy);
        }

        Counts counts() {
            return new Counts(newClients, existingClients, newClients, agreements, profileMeetings, serviceEnds, newJobs,
                    existingJobs, employersCreated, employerIds.size() - employersCreated, newContacts, existingContacts);
        }

        private UUID employer(EmployerRef ref) {
            return employerIds.computeIfAbsent(ref, this::findOrRegister);
        }

        private UUID findOrRegister(EmployerRef ref) {
            Supplier<UUID> registered = () -> {
                employersCreated++;
                return employers.register(team.areaId(),
                        new Employer.Details(ref.name(), ref.businessId(), null, null, null, null, null)).id();
            };
            if (ref.businessId() != null) {
                return employers.inArea(team.areaId(), ref.businessId()).stream()
                        .filter(found -> ref.businessId().equals(found.details().businessId())).findFirst()
                        .or(() -> sameNameWithout(ref)).map(Employer::id).orElseGet(registered);
            }
            return employers.sameName(team.areaId(), ref.name()).stream().findFirst().map(Employer::id)
                    .orElseGet(registered);
        }

        /** An employer of the same name that has no business ID recorded yet. */
        private Optional<Employer> sameNameWithout(EmployerRef ref) {
            return employers.sameName(team.areaId(), ref.name()).stream()
                    .filter(found -> found.details().businessId() == null).findFirst();
        }

        private String exitNote(ClientRow row) {
            return row.exitReason() != null ? row.exitReason() : text("import.record.exit-without-reason");
        }

        private String text(String key) {
            return messages.getMessage(key, null, locale);
        }
    }
}

package fi.placera.imports.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.clients.ClientIntake.MovedClient;
import fi.placera.consent.Consents;
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
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.planning.VocationalProfiles;
import fi.placera.platform.Rejection;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Stores a checked tracker through the owning modules' APIs, in the caller's transaction. A client whose
 * client_ref the team already has is skipped with everything of their own; jobs and contacts carry their row
 * keys, so those stored before are skipped too. Employers are found by business ID or name in the area, or
 * registered.
 */
@Component
class TrackerStore {

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
        plan.clients().forEach(client -> run.row(TrackerTable.CLIENTS, client.row(), () -> run.client(client)));
        plan.jobs().forEach(job -> run.row(TrackerTable.JOBS, job.row(), () -> run.job(job)));
        plan.contacts().forEach(contact -> run.row(TrackerTable.EMPLOYER_CONTACTS, contact.row(), () -> run.contact(contact)));
        return run.counts();
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

        /** Runs a row's writes; a refusal names the row and stops the import. */
        void row(TrackerTable table, int row, Runnable store) {
            try {
                store.run();
            } catch (Rejection refused) {
                throw new ImportFailed(new ImportError(table.sheet(), row, null, refused.messageKey(), refused.arguments()));
            }
        }

        void client(ClientRow row) {
            if (clients.containsKey(row.ref())) {
                existingClients++;
                return;
            }
            UUID id = intake.admit(new MovedClient(team.areaId(), team.id(), row.coach(),
                    Objects.requireNonNullElse(row.firstName(), "-"), Objects.requireNonNullElse(row.lastName(), row.ref()),
                    row.identityCode(), row.language(), row.referredOn(), row.careTeamId(), row.selfReferred(),
                    row.exitedOn(), exitNote(row), recordedBy));
            refs.add(team.id(), team.areaId(), row.ref(), id);
            clients.put(row.ref(), id);
            newClients++;
            serviceEnds += row.exitedOn() == null ? 0 : 1;
            if (row.enrolledOn() != null) {
                consents.recordFromTracker(id, team.areaId(), row.enrolledOn(), row.inWorkAtEntry(), row.coachAccount());
                agreements++;
            }
            if (row.profileOn() != null) {
                profiles.recordMeeting(RowKeys.of(team.id(), row.ref(), "vocational_profile_date"), id, team.areaId(),
                        row.profileOn(), text("import.record.profile-meeting"), row.coachAccount());
                profiles.recordFromTracker(id, team.areaId(), row.profileOn(), row.coachAccount());
                profileMeetings++;
            }
        }

        void job(JobRow row) {
            NewJob job = new NewJob(row.key(), clients.get(row.clientRef()), team.areaId(), employer(row.employer()),
                    row.title(), null, row.startedOn(), row.hoursPerWeek(), Job.WageBasis.OTHER, row.contractType(),
                    row.contractType() == Job.ContractType.FIXED_TERM ? row.endedOn() : null, row.competitive(),
                    recordedBy);
            if (jobs.recordFromTracker(job, row.endedOn())) {
                newJobs++;
            } else {
                existingJobs++;
            }
        }

        void contact(ContactRow row) {
            UUID client = row.clientRef() == null ? null : clients.get(row.clientRef());
            Contact contact = new Contact(row.key(), team.areaId(), employer(row.employer()), row.employer().name(),
                    row.coach(), row.contactedOn(), row.faceToFace() ? Mode.FACE_TO_FACE : Mode.OTHER,
                    client == null ? Purpose.GENERAL_JOB_DEVELOPMENT : Purpose.ABOUT_CLIENT, client, false,
                    row.followedPreference(), null, null, recordedBy);
            if (contacts.recordFromTracker(contact)) {
                newContacts++;
            } else {
                existingContacts++;
            }
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

package fi.placera.imports.internal;

import fi.placera.clients.ClientIntake;
import fi.placera.clients.PersonalIdentityCode;
import fi.placera.employers.BusinessId;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.StaffAccounts;
import fi.placera.imports.ImportError;
import fi.placera.imports.internal.TrackerPlan.ClientRow;
import fi.placera.imports.internal.TrackerPlan.ContactRow;
import fi.placera.imports.internal.TrackerPlan.EmployerRef;
import fi.placera.imports.internal.TrackerPlan.JobRow;
import fi.placera.jobs.Job;
import fi.placera.organisation.CareTeamSummary;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamCoach;
import fi.placera.organisation.TeamRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a tracker against data-exchange.md section 1 and Placera's own rules, collecting every
 * error. Dates that contradict each other (an enrolment before the referral, a job start after the exit) are
 * errors, never corrected; the caseload limit holds for the clients whose service goes on.
 */
@Component
class TrackerValidation {

    static final int NAME = 100;
    static final int EMPLOYER_NAME = 200;
    static final int TITLE = 200;
    static final int EXIT_REASON = 2000;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);
    private static final int FIRST_BIRTH_YEAR = 1900;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Organisation organisation;
    private final StaffAccounts accounts;
    private final ClientIntake intake;
    private final ClientRefs refs;
    private final Clock clock;

    TrackerValidation(Organisation organisation, StaffAccounts accounts, ClientIntake intake, ClientRefs refs,
            Clock clock) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.intake = intake;
        this.refs = refs;
        this.clock = clock;
    }

    TrackerPlan validate(IpsTeamSummary team, RawTables tables, PlaceraUser importer) {
        Check check = new Check(team, importer, tables.rows(TrackerTable.CLIENTS));
        List<ClientRow> clients = tables.rows(TrackerTable.CLIENTS).stream().map(check::client).flatMap(Optional::stream)
                .toList();
        check.caseloads(clients);
        Map<String, ClientRow> byRef = clients.stream()
                .collect(Collectors.toMap(ClientRow::ref, Function.identity(), (first, second) -> first));
        RowKeys jobKeys = new RowKeys(team.id(), TrackerTable.JOBS);
        List<JobRow> jobs = tables.rows(TrackerTable.JOBS).stream().map(row -> check.job(row, byRef, jobKeys))
                .flatMap(Optional::stream).toList();
        RowKeys contactKeys = new RowKeys(team.id(), TrackerTable.EMPLOYER_CONTACTS);
        List<ContactRow> contacts = tables.rows(TrackerTable.EMPLOYER_CONTACTS).stream()
                .map(row -> check.contact(row, byRef, contactKeys)).flatMap(Optional::stream).toList();
        return new TrackerPlan(team, clients, jobs, contacts, check.errors);
    }

    /** One run of checks: the team's coaches, care teams and known clients, and the errors found so far. */
    private final class Check {

        private final IpsTeamSummary team;
        private final LocalDate today = LocalDate.now(clock);
        private final List<ImportError> errors = new ArrayList<>();
        private final Set<UUID> coaches;
        private final Map<String, UUID> careTeams;
        private final Map<String, UUID> known;
        private final Map<String, Integer> refRows = new HashMap<>();
        private final Map<String, Integer> codeRows = new HashMap<>();
        /** The identity codes of new clients' rows that a client of the area has already, looked up at once. */
        private final Set<String> taken;
        /**
         * Staff members and accounts by user name, looked up once per import: a tracker names its few coaches on
         * thousands of rows, and a look-up each time was a third of a 10,000-row import (bench/import.sh).
         */
        private final Map<String, Optional<UUID>> staffByName = new HashMap<>();
        private final Map<String, Optional<UUID>> accountByName = new HashMap<>();

        Check(IpsTeamSummary team, PlaceraUser importer, List<RawRow> clientRows) {
            this.team = team;
            this.coaches = organisation.membersOf(team.id(), TeamRole.COACH).stream().map(TeamCoach::staffMemberId)
                    .collect(Collectors.toSet());
            this.careTeams = organisation.careTeamsOf(team.areaId()).stream()
                    .collect(Collectors.toMap(CareTeamSummary::code, CareTeamSummary::id));
            this.known = refs.of(team.id());
            this.taken = intake.identityCodesTaken(importer, team.areaId(), newClientsCodes(clientRows));
        }

        /** The well-formed identity codes of the rows whose client_ref the team does not have yet. */
        private Set<String> newClientsCodes(List<RawRow> clientRows) {
            return clientRows.stream().filter(row -> !known.containsKey(row.cell("client_ref")))
                    .map(row -> row.cell("personal_identity_code"))
                    .filter(code -> code != null && PersonalIdentityCode.problemWith(code).isEmpty())
                    .collect(Collectors.toSet());
        }

        Optional<ClientRow> client(RawRow raw) {
            int before = errors.size();
            Cells cells = new Cells(TrackerTable.CLIENTS, raw, errors, today);
            String ref = uniqueRef(cells);
            String code = identityCode(cells, ref);
            String first = cells.text("first_name", NAME);
            String last = cells.text("last_name", NAME);
            birthYear(cells, code);
            String language = language(cells);
            UUID coach = coach(cells, "coach_ref");
            LocalDate referred = cells.requiredDate("referral_date");
            String source = cells.raw("referral_source");
            UUID careTeam = careTeam(cells, source);
            LocalDate enrolled = cells.date("enrolment_date");
            Boolean inWork = cells.yesNo("in_work_at_entry");
            LocalDate profile = cells.date("vocational_profile_date");
            LocalDate exited = cells.date("exit_date");
            String exitReason = cells.text("exit_reason", EXIT_REASON);
            order(cells, referred, enrolled, profile, exited, inWork, exitReason);
            if (errors.size() > before) {
                return Optional.empty();
            }
            UUID coachAccount = accountByName.computeIfAbsent(cells.text("coach_ref", NAME), accounts::accountOf)
                    .orElseThrow();
            return Optional.of(new ClientRow(cells.row(), ref, code, first, last, language, coach, coachAccount, referred,
                    careTeam,
                    "self".equalsIgnoreCase(source), enrolled, Boolean.TRUE.equals(inWork), profile, exited, exitReason));
        }

        Optional<JobRow> job(RawRow raw, Map<String, ClientRow> clients, RowKeys keys) {
            int before = errors.size();
            Cells cells = new Cells(TrackerTable.JOBS, raw, errors, today);
            Optional<ClientRow> client = clientOf(cells, clients, true);
            EmployerRef employer = employer(cells);
            String title = cells.text("job_title", TITLE);
            LocalDate start = cells.requiredDate("start_date");
            LocalDate end = cells.date("end_date");
            BigDecimal hours = hours(cells);
            Boolean competitive = cells.requiredYesNo("competitive");
            Job.ContractType contract = contractType(cells);
            client.ifPresent(found -> jobDates(cells, found, start, end));
            if (errors.size() > before) {
                return Optional.empty();
            }
            UUID key = keys.next(Arrays.asList(client.get().ref(), employer, title, start, end, hours.toPlainString(),
                    competitive, contract));
            return Optional.of(new JobRow(cells.row(), key, client.get().ref(), employer, title, start, end, hours,
                    competitive, contract));
        }

        Optional<ContactRow> contact(RawRow raw, Map<String, ClientRow> clients, RowKeys keys) {
            int before = errors.size();
            Cells cells = new Cells(TrackerTable.EMPLOYER_CONTACTS, raw, errors, today);
            UUID coach = coach(cells, "coach_ref");
            LocalDate on = cells.requiredDate("contact_date");
            EmployerRef employer = employer(cells);
            Boolean faceToFace = cells.requiredYesNo("face_to_face");
            Optional<ClientRow> client = clientOf(cells, clients, false);
            Boolean preference = cells.yesNo("client_preference");
            if (preference != null && cells.raw("client_ref") == null) {
                cells.error("client_preference", "import.preference.without-client");
            }
            client.filter(found -> on != null && found.exitedOn() != null && on.isAfter(found.exitedOn()))
                    .ifPresent(found -> cells.error("contact_date", "import.contact.after-exit"));
            if (errors.size() > before) {
                return Optional.empty();
            }
            String ref = client.map(ClientRow::ref).orElse(null);
            UUID key = keys.next(Arrays.asList(cells.raw("coach_ref"), on, employer, faceToFace, ref, preference));
            return Optional.of(new ContactRow(cells.row(), key, coach, on, employer, faceToFace, ref, preference));
        }

        /** New clients whose service goes on take caseload places; the rows beyond a coach's places are errors. */
        void caseloads(List<ClientRow> clients) {
            Map<UUID, Integer> left = new HashMap<>();
            clients.stream().filter(client -> client.exitedOn() == null && !known.containsKey(client.ref()))
                    .forEach(client -> {
                        int places = left.computeIfAbsent(client.coach(), coach -> intake.placesLeft(coach, team.id()));
                        if (places <= 0) {
                            errors.add(new ImportError(TrackerTable.CLIENTS.sheet(), client.row(), "coach_ref",
                                    "import.coach.caseload-full"));
                        }
                        left.put(client.coach(), places - 1);
                    });
        }

        private String uniqueRef(Cells cells) {
            String ref = cells.requiredText("client_ref", NAME);
            if (ref != null) {
                Integer first = refRows.putIfAbsent(ref, cells.row());
                if (first != null) {
                    cells.error("client_ref", "import.client-ref.duplicate", ref, first);
                }
            }
            return ref;
        }

        private String identityCode(Cells cells, String ref) {
            String code = cells.raw("personal_identity_code");
            if (code == null) {
                return null;
            }
            Optional<String> problem = PersonalIdentityCode.problemWith(code);
            if (problem.isPresent()) {
                cells.error("personal_identity_code", problem.get());
                return null;
            }
            Integer first = codeRows.putIfAbsent(code, cells.row());
            if (first != null) {
                cells.error("personal_identity_code", "import.identity-code.duplicate", first);
            } else if (!known.containsKey(ref) && taken.contains(code)) {
                // the registration's words: saying that a client of the area has the code tells who is in IPS
                cells.error("personal_identity_code", "client.identity-code.taken");
            }
            return code;
        }

        private void birthYear(Cells cells, String code) {
            Integer year = cells.integer("birth_year");
            if (year == null) {
                return;
            }
            if (year < FIRST_BIRTH_YEAR || year > today.getYear()) {
                cells.error("birth_year", "import.birth-year.range", cells.raw("birth_year"));
            } else if (code != null && new PersonalIdentityCode(code).birthDate().getYear() != year) {
                cells.error("birth_year", "import.birth-year.mismatch", cells.raw("birth_year"));
            }
        }

        private String language(Cells cells) {
            String language = cells.raw("language");
            if (language == null) {
                return "fi";
            }
            if (!language.matches("[a-z]{2}") || !LANGUAGES.contains(language)) {
                cells.error("language", "import.language", language);
            }
            return language;
        }

        private UUID coach(Cells cells, String column) {
            String username = cells.requiredText(column, NAME);
            if (username == null) {
                return null;
            }
            Optional<UUID> coach = staffByName.computeIfAbsent(username, accounts::staffMemberOf).filter(coaches::contains);
            if (coach.isEmpty()) {
                cells.error(column, "import.coach.unknown", username, team.code());
            }
            return coach.orElse(null);
        }

        private UUID careTeam(Cells cells, String source) {
            if (source == null || "self".equalsIgnoreCase(source)) {
                return null;
            }
            UUID careTeam = careTeams.get(source);
            if (careTeam == null) {
                cells.error("referral_source", "import.referral-source.unknown", source);
            }
            return careTeam;
        }

        private void order(Cells cells, LocalDate referred, LocalDate enrolled, LocalDate profile, LocalDate exited,
                Boolean inWork, String exitReason) {
            before(cells, "enrolment_date", enrolled, referred, "import.enrolment.before-referral");
            before(cells, "exit_date", exited, referred, "import.exit.before-referral");
            before(cells, "exit_date", exited, enrolled, "import.exit.before-enrolment");
            before(cells, "vocational_profile_date", profile, enrolled, "import.profile.before-enrolment");
            before(cells, "vocational_profile_date", exited, profile, "import.profile.after-exit");
            if (enrolled == null && cells.raw("enrolment_date") == null) {
                needsEnrolment(cells, "vocational_profile_date", "import.profile.without-enrolment");
                if (Boolean.TRUE.equals(inWork)) {
                    cells.error("in_work_at_entry", "import.in-work.without-enrolment");
                }
            }
            if (exitReason != null && cells.raw("exit_date") == null) {
                cells.error("exit_reason", "import.exit-reason.without-exit");
            }
        }

        private void needsEnrolment(Cells cells, String column, String reason) {
            if (cells.raw(column) != null) {
                cells.error(column, reason);
            }
        }

        /** An error on the column when {@code day} is before {@code earliest}. */
        private void before(Cells cells, String column, LocalDate day, LocalDate earliest, String reason) {
            if (day != null && earliest != null && day.isBefore(earliest)) {
                cells.error(column, reason);
            }
        }

        private Optional<ClientRow> clientOf(Cells cells, Map<String, ClientRow> clients, boolean required) {
            String ref = required ? cells.requiredText("client_ref", NAME) : cells.raw("client_ref");
            if (ref == null) {
                return Optional.empty();
            }
            ClientRow client = clients.get(ref);
            if (client == null) {
                cells.error("client_ref", refRows.containsKey(ref) ? "import.client-ref.invalid" : "import.client-ref.unknown",
                        ref);
            }
            return Optional.ofNullable(client);
        }

        private EmployerRef employer(Cells cells) {
            String name = cells.requiredText("employer_name", EMPLOYER_NAME);
            String businessId = cells.raw("employer_business_id");
            if (businessId != null) {
                BusinessId.problemWith(businessId).ifPresent(problem -> cells.error("employer_business_id", problem));
            }
            return new EmployerRef(name, businessId);
        }

        private BigDecimal hours(Cells cells) {
            BigDecimal hours = cells.decimal("hours_per_week");
            if (hours == null) {
                return BigDecimal.ZERO;
            }
            if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
                cells.error("hours_per_week", "import.hours", cells.raw("hours_per_week"));
            }
            return hours;
        }

        /**
         * The job's contract type. A fixed-term job without an end date imports: nothing in a tracker is a planned
         * date, so it is an ongoing fixed-term job whose contract end the tracker does not tell (data-exchange.md).
         */
        private Job.ContractType contractType(Cells cells) {
            String text = cells.raw("contract_type");
            if (text == null) {
                return Job.ContractType.OTHER;
            }
            Optional<Job.ContractType> type = Arrays.stream(Job.ContractType.values())
                    .filter(value -> value.name().equalsIgnoreCase(text)).findFirst();
            if (type.isEmpty()) {
                cells.error("contract_type", "import.contract-type", text);
            }
            return type.orElse(null);
        }

        private void jobDates(Cells cells, ClientRow client, LocalDate start, LocalDate end) {
            if (client.enrolledOn() == null) {
                cells.error("client_ref", "import.job.not-enrolled", client.ref());
            }
            before(cells, "end_date", end, start, "import.job.end-before-start");
            if (start != null && client.exitedOn() != null && start.isAfter(client.exitedOn())) {
                cells.error("start_date", "import.job.after-exit");
            }
        }
    }
}

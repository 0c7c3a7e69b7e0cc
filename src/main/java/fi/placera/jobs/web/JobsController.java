package fi.placera.jobs.web;

import static fi.placera.platform.web.FormValues.choice;
import static fi.placera.platform.web.FormValues.date;
import static fi.placera.platform.web.FormValues.optionalDate;
import static fi.placera.platform.web.FormValues.uuid;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.clients.ShownClient;
import fi.placera.employers.Employers;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.jobs.Job;
import fi.placera.jobs.Jobs;
import fi.placera.planning.VocationalProfiles;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A client's jobs and studies: recording a job start, a change of hours or pay, a job end, and studies. */
@Controller
@RequestMapping("/clients/{id}")
class JobsController {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private final ClientDirectory clients;
    private final Jobs jobs;
    private final Employers employers;
    private final VocationalProfiles profiles;
    private final Clock clock;

    JobsController(ClientDirectory clients, Jobs jobs, Employers employers, VocationalProfiles profiles, Clock clock) {
        this.clients = clients;
        this.jobs = jobs;
        this.employers = employers;
        this.profiles = profiles;
        this.clock = clock;
    }

    record JobInput(String key, String employerId, String jobTitle, String occupationCode, String jobStartedOn,
            String hoursPerWeek, String wageBasis, String contractType, String contractEndsOn, Boolean competitive) {
    }

    record EndInput(Integer version, String jobEndedOn, String jobEndReason) {
    }

    record TermsInput(Integer version, String termsChangedOn, String newHoursPerWeek, String newWageBasis) {
    }

    /** A correction; {@code job} says which job's form to show again with what was typed. */
    record CorrectInput(String job, Integer version, String correctedTitle, String correctedStartedOn,
            String correctedEndedOn, String correctedHours, String correctedWageBasis, String correctedContractType,
            String correctedContractEndsOn, Boolean correctedCompetitive, String correctionReason) {
    }

    record VoidInput(String job, Integer version, String voidReason) {
    }

    record StudyInput(String key, String institution, String programme, String studyStartedOn, String studyEndedOn) {
    }

    /** A job on the page, with what the coach should notice about it. */
    record JobRow(Job job, boolean overlaps, boolean underJobStartHours) {
    }

    /**
     * The page names the client, lists their jobs and studies and, when the user may read the vocational profile,
     * the client's preferred work beside matching employers: its access-log row names these kinds.
     */
    @GetMapping("/jobs")
    String page(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, Model model) {
        ShownClient shown = clients.page(user, id, EnumSet.of(InformationKind.IDENTITY, InformationKind.EMPLOYMENT),
                EnumSet.of(InformationKind.VOCATIONAL_PROFILE), "jobs").orElseThrow(JobsController::notFound);
        model.addAttribute("writes", shown.writes());
        return render(shown.client(), shown.reads(InformationKind.VOCATIONAL_PROFILE), model);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/jobs")
    String start(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, JobInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "job");
        Optional<LocalDate> start = date(input.jobStartedOn(), "jobStartedOn", errors);
        Optional<BigDecimal> hours = hours(input.hoursPerWeek(), "hoursPerWeek", errors);
        Optional<Job.WageBasis> wage = choice(Job.WageBasis.class, input.wageBasis(), "wageBasis", errors);
        Optional<Job.ContractType> contract = choice(Job.ContractType.class, input.contractType(), "contractType", errors);
        Optional<LocalDate> contractEnd = optionalDate(input.contractEndsOn(), "contractEndsOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return saved(client, model, errors, "job", input, () -> jobs.start(new Jobs.NewJob(key, id, client.areaId(),
                uuid(input.employerId()), input.jobTitle(), input.occupationCode(), start.get(), hours.get(), wage.get(),
                contract.get(), contractEnd.orElse(null), Boolean.TRUE.equals(input.competitive()), user.accountId())));
    }

    @PostMapping("/jobs/{jobId}/end")
    String end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            EndInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "end");
        Optional<LocalDate> day = date(input.jobEndedOn(), "jobEndedOn", errors);
        Optional<Job.EndReason> reason = choice(Job.EndReason.class, input.jobEndReason(), "jobEndReason", errors);
        return saved(client, model, errors, "end", input,
                () -> jobs.end(id, jobId, version(input.version()), day.get(), reason.get(), user.accountId()));
    }

    @PostMapping("/jobs/{jobId}/terms")
    String changeTerms(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            TermsInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "terms");
        Optional<LocalDate> day = date(input.termsChangedOn(), "termsChangedOn", errors);
        Optional<BigDecimal> hours = hours(input.newHoursPerWeek(), "newHoursPerWeek", errors);
        Optional<Job.WageBasis> wage = choice(Job.WageBasis.class, input.newWageBasis(), "newWageBasis", errors);
        return saved(client, model, errors, "terms", input,
                () -> jobs.changeTerms(id, jobId, version(input.version()), day.get(), hours.get(), wage.get(), user.accountId()));
    }

    /** A job recorded wrong, as it should have been recorded (decision 0070). */
    @PostMapping("/jobs/{jobId}/correct")
    String correct(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            CorrectInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "correct");
        Optional<LocalDate> start = date(input.correctedStartedOn(), "correctedStartedOn", errors);
        Optional<LocalDate> end = optionalDate(input.correctedEndedOn(), "correctedEndedOn", errors);
        Optional<BigDecimal> hours = hours(input.correctedHours(), "correctedHours", errors);
        Optional<Job.WageBasis> wage = choice(Job.WageBasis.class, input.correctedWageBasis(), "correctedWageBasis",
                errors);
        Optional<Job.ContractType> contract = choice(Job.ContractType.class, input.correctedContractType(),
                "correctedContractType", errors);
        Optional<LocalDate> contractEnd = optionalDate(input.correctedContractEndsOn(), "correctedContractEndsOn",
                errors);
        return saved(client, model, errors, "correct", input, () -> jobs.correct(user, client, jobId,
                version(input.version()), new Jobs.Correction(input.correctedTitle(), start.get(), end.orElse(null),
                        hours.get(), wage.get(), contract.get(), contractEnd.orElse(null),
                        Boolean.TRUE.equals(input.correctedCompetitive())), input.correctionReason()));
    }

    /** A job recorded by mistake: kept with its history, gone from the client's jobs and every figure. */
    @PostMapping("/jobs/{jobId}/void")
    String voidJob(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            VoidInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "void");
        return saved(client, model, errors, "void", input,
                () -> jobs.voidJob(user, client, jobId, version(input.version()), input.voidReason()));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/studies")
    String study(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, StudyInput input, Model model) {
        ClientSummary client = client(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "study");
        Optional<LocalDate> start = date(input.studyStartedOn(), "studyStartedOn", errors);
        Optional<LocalDate> end = optionalDate(input.studyEndedOn(), "studyEndedOn", errors);
        UUID key = Optional.ofNullable(uuid(input.key())).orElseGet(UUID::randomUUID);
        return saved(client, model, errors, "study", input, () -> jobs.recordStudy(key, id, client.areaId(),
                input.institution(), input.programme(), start.get(), end.orElse(null), user.accountId()));
    }

    private String saved(ClientSummary client, Model model, BindingResult errors, String form, Object input,
            Runnable save) {
        // a form shown again shows what the write was decided for: the jobs, not the vocational profile
        return Forms.savedOrAgain(errors, model, form, input, save, () -> render(client, false, model),
                "/clients/" + client.id() + "/jobs");
    }

    /** The page; its forms unless the GET found an emergency reader ({@code writes} false), who writes nothing. */
    private String render(ClientSummary client, boolean withProfile, Model model) {
        if (!model.containsAttribute("writes")) {
            model.addAttribute("writes", true);
        }
        List<Job> all = jobs.jobsOf(client.id());
        model.addAttribute("client", client);
        model.addAttribute("jobs", all.stream().map(job -> new JobRow(job,
                all.stream().anyMatch(other -> other != job && other.overlaps(job)),
                job.hoursPerWeek().compareTo(Job.JOB_START_HOURS) < 0)).toList());
        model.addAttribute("studies", jobs.studiesOf(client.id()));
        model.addAttribute("revisions", jobs.revisionsOf(client.id()));
        addMatching(client, withProfile, model);
        model.addAttribute("employers", employers.inArea(client.areaId(), ""));
        model.addAttribute("wageBases", Job.WageBasis.values());
        model.addAttribute("contractTypes", Job.ContractType.values());
        model.addAttribute("endReasons", Job.EndReason.values());
        model.addAttribute("formKey", UUID.randomUUID());
        model.addAttribute("today", LocalDate.now(clock));
        return "jobs/jobs";
    }

    /** The client's preferred work beside the employers whose needs mention it, and the open leads. */
    private void addMatching(ClientSummary client, boolean withProfile, Model model) {
        String preferred = !withProfile ? null
                : profiles.profileOf(client.id()).map(profile -> profile.content().preferredWork()).orElse(null);
        model.addAttribute("preferredWork", preferred);
        model.addAttribute("matchingEmployers", preferred == null ? List.of()
                : employers.matching(client.areaId(), List.of(WORDS.split(preferred))));
        model.addAttribute("leads", employers.openLeads(client.areaId()).stream()
                .filter(lead -> lead.clientId() == null || lead.clientId().equals(client.id())).toList());
    }

    private ClientSummary client(PlaceraUser user, UUID id) {
        return clients.find(user, id, InformationKind.EMPLOYMENT, "jobs").orElseThrow(JobsController::notFound);
    }

    /** A form's version; none is never the job's, so the change is refused as a conflict. */
    private static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private static NotFound notFound() {
        return new NotFound();
    }

    /** Hours a week as typed: 20, 37,5 or 37.5. */
    private static Optional<BigDecimal> hours(String text, String field, Errors errors) {
        try {
            return Optional.of(new BigDecimal(String.valueOf(text).strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "job.hours.format");
            return Optional.empty();
        }
    }
}

package fi.placera.jobs.web;

import static fi.placera.platform.Checks.present;

import fi.placera.audit.AccessAction;
import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.jobs.Job;
import fi.placera.jobs.Jobs;

import fi.placera.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A client's jobs and studies over REST, with the rules of the jobs page. */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Jobs and studies")
class JobsApiController {

    private final ClientDirectory clients;
    private final Jobs jobs;

    JobsApiController(ClientDirectory clients, Jobs jobs) {
        this.clients = clients;
        this.jobs = jobs;
    }

    /** A job start; {@code key} makes sending it twice harmless. */
    record JobRequest(UUID key, UUID employerId, String title, String occupationCode, LocalDate startedOn,
            BigDecimal hoursPerWeek, Job.WageBasis wageBasis, Job.ContractType contractType, LocalDate contractEndsOn,
            boolean competitive) {
    }

    record EndRequest(Integer version, LocalDate endedOn, Job.EndReason reason) {
    }

    record TermsRequest(Integer version, LocalDate changedOn, BigDecimal hoursPerWeek, Job.WageBasis wageBasis) {
    }

    record CorrectionRequest(Integer version, String title, LocalDate startedOn, LocalDate endedOn,
            BigDecimal hoursPerWeek, Job.WageBasis wageBasis, Job.ContractType contractType, LocalDate contractEndsOn,
            Boolean competitive, String reason) {
    }

    record VoidRequest(Integer version, String reason) {
    }

    record StudyRequest(UUID key, String institution, String programme, LocalDate startedOn, LocalDate endedOn) {
    }

    record JobsView(List<Job> jobs, List<Jobs.Study> studies) {
    }

    @GetMapping("/jobs")
    @Operation(summary = "The client's jobs and studies")
    JobsView list(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id) {
        client(user, id);
        return new JobsView(jobs.jobsOf(id), jobs.studiesOf(id));
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/jobs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a job that has started; benefits counselling falls due and follow-along support is told")
    Job start(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody JobRequest request) {
        ClientSummary client = client(user, id);
        return jobs.start(new Jobs.NewJob(present(request.key(), "key"), id, client.areaId(), request.employerId(),
                request.title(), request.occupationCode(), request.startedOn(), request.hoursPerWeek(),
                request.wageBasis(), request.contractType(), request.contractEndsOn(), request.competitive(),
                user.accountId()));
    }

    @PostMapping("/jobs/{jobId}/end")
    @Operation(summary = "End an ongoing job; 409 when it changed since the version sent")
    JobsView end(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            @RequestBody EndRequest request) {
        client(user, id);
        jobs.end(id, jobId, present(request.version(), "version"), request.endedOn(), request.reason(),
                user.accountId());
        return list(user, id);
    }

    @PostMapping("/jobs/{jobId}/terms")
    @Operation(summary = "New hours or pay from a day on; benefits counselling falls due")
    JobsView changeTerms(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            @RequestBody TermsRequest request) {
        client(user, id);
        jobs.changeTerms(id, jobId, present(request.version(), "version"), request.changedOn(), request.hoursPerWeek(),
                request.wageBasis(), user.accountId());
        return list(user, id);
    }

    @PostMapping("/jobs/{jobId}/correct")
    @Operation(summary = "Correct a job recorded wrong, with a reason; only who recorded it or the team leader; the"
            + " values replaced stay in its history; 409 when it changed since the version sent")
    JobsView correct(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            @RequestBody CorrectionRequest request) {
        ClientSummary client = client(user, id);
        jobs.correct(user, client, jobId, present(request.version(), "version"), new Jobs.Correction(request.title(),
                present(request.startedOn(), "correctedStartedOn"), request.endedOn(),
                present(request.hoursPerWeek(), "correctedHours"), request.wageBasis(), request.contractType(),
                request.contractEndsOn(), Boolean.TRUE.equals(request.competitive())), request.reason());
        return list(user, id);
    }

    @PostMapping("/jobs/{jobId}/void")
    @Operation(summary = "Void a job recorded by mistake, with a reason: kept with its history, gone from the jobs and"
            + " every figure; only who recorded it or the team leader")
    JobsView voidJob(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable UUID jobId,
            @RequestBody VoidRequest request) {
        ClientSummary client = client(user, id);
        jobs.voidJob(user, client, jobId, present(request.version(), "version"), request.reason());
        return list(user, id);
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/studies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record studies (kept apart from jobs)")
    JobsView study(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @RequestBody StudyRequest request) {
        ClientSummary client = client(user, id);
        jobs.recordStudy(present(request.key(), "key"), id, client.areaId(), request.institution(), request.programme(),
                request.startedOn(), request.endedOn(), user.accountId());
        return list(user, id);
    }

    private ClientSummary client(PlaceraUser user, UUID id) {
        return clients.find(user, id, InformationKind.EMPLOYMENT, "API: jobs")
                .orElseThrow(NotFound::new);
    }
}

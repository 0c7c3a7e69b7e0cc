package fi.placera.research.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.research.Studies;
import fi.placera.research.Studies.NewStudy;
import fi.placera.research.Study;
import fi.placera.research.internal.Disclosures;
import fi.placera.research.internal.Extracts;
import fi.placera.research.internal.Extracts.Delivery;
import fi.placera.research.internal.Extracts.Job;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Research studies: the list (an evaluator's own studies, an administrator's studies of the area), a new study
 * (administrators), a study's page with its extracts (its evaluators) and linkage files (administrators, when the
 * study permits linkage), a job's progress, the download that writes the disclosure row, and the administrator's
 * list of disclosures. Anything a user may not see is 404.
 */
@Controller
class StudyController {

    private final Studies studies;
    private final Extracts extracts;
    private final Disclosures disclosures;
    private final Organisation organisation;

    StudyController(Studies studies, Extracts extracts, Disclosures disclosures, Organisation organisation) {
        this.studies = studies;
        this.extracts = extracts;
        this.disclosures = disclosures;
        this.organisation = organisation;
    }

    @GetMapping("/research/studies")
    String list(@AuthenticationPrincipal PlaceraUser user, Model model) {
        List<Study> visible = studies.visibleTo(user);
        Map<Long, String> codes = areaCodes();
        Map<Long, String> areaLists = new HashMap<>();
        visible.forEach(study -> areaLists.put(study.id(), areaList(study.areaIds(), codes)));
        model.addAttribute("studies", visible);
        model.addAttribute("areaLists", areaLists);
        model.addAttribute("admin", user.has(Role.ADMIN));
        return "research/studies";
    }

    @GetMapping("/research/studies/new")
    String newStudy(@AuthenticationPrincipal PlaceraUser user, Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("dateHandling", Study.DateHandling.MONTH.name());
        typed.put("basis", Study.Basis.PERMIT.name());
        List<String> areas = user.areaId() == null ? List.of() : List.of(user.areaId().toString());
        return form(user, typed, areas, new MapBindingResult(new HashMap<>(), "study"), model);
    }

    @PostMapping("/research/studies")
    String create(@AuthenticationPrincipal PlaceraUser user, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("name", "from", "to", "basis", "basisReference", "dateHandling",
                "trustedThirdParty", "evaluators", "linkagePermitted")) {
            String value = form.getFirst(field);
            typed.put(field, value == null ? "" : value);
        }
        List<String> areaTexts = form.getOrDefault("areaIds", List.of());
        BindingResult errors = new MapBindingResult(new HashMap<>(), "study");
        var from = FormValues.date(typed.get("from"), "from", errors);
        var to = FormValues.date(typed.get("to"), "to", errors);
        var basis = FormValues.choice(Study.Basis.class, typed.get("basis"), "basis", errors);
        var dates = FormValues.choice(Study.DateHandling.class, typed.get("dateHandling"), "dateHandling", errors);
        List<Short> areas = new ArrayList<>();
        for (String text : areaTexts) {
            try {
                areas.add(Short.valueOf(text.strip()));
            } catch (NumberFormatException e) {
                errors.rejectValue("areaIds", "research.study.areas-required");
            }
        }
        List<String> evaluators = Arrays.stream(typed.get("evaluators").split("[,;\\s]+"))
                .filter(name -> !name.isBlank()).toList();
        AtomicReference<Study> created = new AtomicReference<>();
        if (!Forms.saved(errors, () -> created.set(studies.create(new NewStudy(typed.get("name"), areas,
                from.orElse(null), to.orElse(null), basis.orElse(null), typed.get("basisReference"),
                dates.orElse(null), "on".equals(typed.get("linkagePermitted")) || "true".equals(
                        typed.get("linkagePermitted")), typed.get("trustedThirdParty"), evaluators), user)))) {
            return form(user, typed, areaTexts, errors, model);
        }
        return "redirect:/research/studies/" + created.get().id() + "?created";
    }

    private String form(PlaceraUser user, Map<String, String> typed, List<String> areas, BindingResult errors,
            Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("chosenAreas", areas);
        model.addAttribute("areas", user.areaId() == null ? organisation.areas()
                : organisation.area(user.areaId()).stream().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("bases", Study.Basis.values());
        model.addAttribute("dateHandlings", Study.DateHandling.values());
        return "research/study-form";
    }

    @GetMapping("/research/studies/{id}")
    String study(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, Model model) {
        Study study = visible(user, id);
        return studyPage(user, study, new MapBindingResult(new HashMap<>(), "extract"), model);
    }

    private String studyPage(PlaceraUser user, Study study, BindingResult errors, Model model) {
        boolean evaluator = studies.isEvaluator(user, study);
        boolean admin = user.has(Role.ADMIN);
        model.addAttribute("study", study);
        model.addAttribute("areaList", areaList(study.areaIds(), areaCodes()));
        model.addAttribute("studyAreas", organisation.areas().stream()
                .filter(area -> study.covers(area.id())).toList());
        model.addAttribute("evaluator", evaluator);
        model.addAttribute("admin", admin);
        model.addAttribute("errors", errors);
        model.addAttribute("extracts", evaluator ? extracts.ofStudy(study.id(), Extracts.Kind.EXTRACT) : List.of());
        model.addAttribute("linkages", admin ? extracts.ofStudy(study.id(), Extracts.Kind.LINKAGE).stream()
                .filter(job -> job.requestedBy().equals(user.accountId())).toList() : List.of());
        return "research/study";
    }

    @PostMapping("/research/studies/{id}/extracts")
    String requestExtract(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id,
            @RequestParam(name = "areaIds", required = false) List<String> areaTexts, Model model) {
        Study study = visible(user, id);
        if (!studies.isEvaluator(user, study)) {
            throw new NotFound();
        }
        BindingResult errors = new MapBindingResult(new HashMap<>(), "extract");
        List<Short> areas = new ArrayList<>();
        for (String text : areaTexts == null ? List.<String>of() : areaTexts) {
            try {
                areas.add(Short.valueOf(text.strip()));
            } catch (NumberFormatException e) {
                errors.rejectValue("areaIds", "research.extract.area-outside-study");
            }
        }
        AtomicReference<Job> job = new AtomicReference<>();
        if (!Forms.saved(errors, () -> job.set(extracts.requestExtract(study, areas, user)))) {
            return studyPage(user, study, errors, model);
        }
        return "redirect:/research/extracts/" + job.get().id();
    }

    @PostMapping("/research/studies/{id}/linkage")
    String requestLinkage(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, Model model) {
        Study study = visible(user, id);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "extract");
        AtomicReference<Job> job = new AtomicReference<>();
        if (!Forms.saved(errors, () -> job.set(extracts.requestLinkage(study, user)))) {
            return studyPage(user, study, errors, model);
        }
        return "redirect:/research/extracts/" + job.get().id();
    }

    @GetMapping("/research/extracts/{id}")
    String job(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, Model model) {
        jobModel(user, id, model);
        return "research/extract";
    }

    /** The progress part of the job's page, polled while the job runs. */
    @GetMapping("/research/extracts/{id}/progress")
    String progress(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, Model model) {
        jobModel(user, id, model);
        return "research/extract :: progress";
    }

    private void jobModel(PlaceraUser user, String id, Model model) {
        Job job = ownJob(user, id);
        model.addAttribute("job", job);
        model.addAttribute("study", studies.find(job.studyId()).orElseThrow());
        model.addAttribute("keptUntil", job.finishedAt() == null ? null
                : job.finishedAt().plus(extracts.keptFor(job.kind())));
    }

    @GetMapping("/research/extracts/{id}/download")
    void download(@AuthenticationPrincipal PlaceraUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        Job job = ownJob(user, id);
        Study study = studies.find(job.studyId()).orElseThrow();
        Delivery delivery = extracts.deliver(job.id(), study, user)
                .orElseThrow(NotFound::new);
        response.setContentType(job.kind() == Extracts.Kind.LINKAGE ? "text/csv; charset=UTF-8" : "application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(job.sizeBytes());
        try (InputStream in = Extracts.open(delivery); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        } finally {
            extracts.delivered(delivery);
        }
    }

    @GetMapping("/research/disclosures")
    String disclosures(@AuthenticationPrincipal PlaceraUser user, Model model) {
        Map<Long, String> codes = areaCodes();
        List<Disclosures.Disclosure> shown = disclosures.ofArea(user.areaId(), 500);
        Map<Long, String> areaLists = new HashMap<>();
        shown.forEach(disclosure -> areaLists.put(disclosure.id(), areaList(disclosure.areaIds(), codes)));
        model.addAttribute("disclosures", shown);
        model.addAttribute("areaLists", areaLists);
        return "research/disclosures";
    }

    private Study visible(PlaceraUser user, String id) {
        long studyId;
        try {
            studyId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound();
        }
        return studies.visibleTo(user).stream().filter(study -> study.id() == studyId).findFirst()
                .orElseThrow(NotFound::new);
    }

    /** A job the user may follow: an extract of a study they evaluate, or a linkage file they requested. */
    private Job ownJob(PlaceraUser user, String id) {
        UUID jobId = FormValues.uuid(id);
        Optional<Job> job = jobId == null ? Optional.empty() : extracts.find(jobId);
        Optional<Study> study = job.flatMap(found -> studies.find(found.studyId()));
        if (job.isEmpty() || study.isEmpty()) {
            throw new NotFound();
        }
        boolean allowed = job.get().kind() == Extracts.Kind.EXTRACT ? studies.isEvaluator(user, study.get())
                : user.has(Role.ADMIN) && job.get().requestedBy().equals(user.accountId());
        if (!allowed) {
            throw new NotFound();
        }
        return job.get();
    }

    static String areaList(java.util.Collection<? extends Number> areaIds, Map<Long, String> codes) {
        return areaIds.stream().map(Number::longValue).sorted().map(codes::get)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Map<Long, String> areaCodes() {
        Map<Long, String> codes = new HashMap<>();
        for (WelfareArea area : organisation.areas()) {
            codes.put(area.id().longValue(), area.code());
        }
        return codes;
    }
}

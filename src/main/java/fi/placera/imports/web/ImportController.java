package fi.placera.imports.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.imports.ImportError;
import fi.placera.imports.ImportResult;
import fi.placera.imports.ShownErrors;
import fi.placera.imports.TrackerFiles;
import fi.placera.imports.TrackerImports;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.TeamRole;
import fi.placera.platform.NotFound;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tracker import for a team leader: upload one workbook or the three CSV files, see what would be created
 * (or every error, nothing stored), confirm. The upload waits on the server under an id bound to the session;
 * the confirmation names that id and nothing else, so no path or content ever comes back from the browser.
 */
@Controller
class ImportController {

    static final String PENDING = "imports.pending";
    private static final String PENDING_TEAM = "imports.pending.team";
    private static final List<String> CSV_FILES = List.of("clients", "jobs", "employer_contacts");

    private final TrackerImports imports;
    private final Organisation organisation;
    private final PendingUploads uploads;

    ImportController(TrackerImports imports, Organisation organisation, PendingUploads uploads) {
        this.imports = imports;
        this.organisation = organisation;
        this.uploads = uploads;
    }

    @GetMapping("/imports")
    String form(@AuthenticationPrincipal PlaceraUser user, @RequestParam(name = "too-large", required = false) String tooLarge,
            Model model) {
        if (tooLarge != null) {
            showErrors(model, List.of(new ImportError("", null, null, "import.upload.too-large",
                    TrackerFiles.MAX_FILE_BYTES / (1024 * 1024))));
        }
        return page(user, null, model);
    }

    @PostMapping("/imports/preview")
    String preview(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) MultipartFile workbook, @RequestParam Map<String, MultipartFile> csv,
            HttpSession session, Locale locale, Model model) throws IOException {
        IpsTeamSummary chosen = teamOf(user, team);
        Optional<List<ImportError>> refused = refused(workbook, csv);
        if (refused.isPresent()) {
            showErrors(model, refused.get());
            return page(user, chosen.id(), model);
        }
        TrackerFiles files = files(workbook, csv);
        ImportResult result = imports.preview(chosen, files, user, locale);
        if (!result.ok()) {
            showErrors(model, result.errors());
            return page(user, chosen.id(), model);
        }
        forget(session);
        session.setAttribute(PENDING, uploads.keep(files));
        session.setAttribute(PENDING_TEAM, chosen.id().toString());
        model.addAttribute("team", chosen);
        model.addAttribute("result", result);
        model.addAttribute("upload", session.getAttribute(PENDING));
        return "imports/preview";
    }

    @PostMapping("/imports/confirm")
    String confirm(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) String upload, HttpSession session,
            Locale locale, Model model, RedirectAttributes redirect) {
        Object pendingTeam = session.getAttribute(PENDING_TEAM);
        Optional<TrackerFiles> files = upload != null && upload.equals(session.getAttribute(PENDING))
                ? uploads.find(upload) : Optional.empty();
        if (files.isEmpty() || pendingTeam == null) {
            showErrors(model, List.of(new ImportError("", null, null, "import.upload.expired")));
            return page(user, null, model);
        }
        IpsTeamSummary team = teamOf(user, UUID.fromString(pendingTeam.toString()));
        ImportResult result = imports.store(team, files.get(), user, locale);
        forget(session);
        if (!result.ok()) {
            showErrors(model, result.errors());
            return page(user, team.id(), model);
        }
        redirect.addFlashAttribute("stored", result.counts());
        redirect.addFlashAttribute("storedTeam", team.name());
        return "redirect:/imports";
    }

    /** The first errors and the count of each reason: a tracker with 200,000 bad rows is still a short page. */
    private static void showErrors(Model model, List<ImportError> errors) {
        model.addAttribute("errors", ShownErrors.of(errors));
    }

    private String page(PlaceraUser user, UUID team, Model model) {
        model.addAttribute("teams", teams(user));
        model.addAttribute("chosenTeam", team);
        model.addAttribute("maxMegabytes", TrackerFiles.MAX_FILE_BYTES / (1024 * 1024));
        return "imports/upload";
    }

    /** Files over the limit (never read) or no files at all; otherwise nothing to refuse yet. */
    private static Optional<List<ImportError>> refused(MultipartFile workbook, Map<String, MultipartFile> csv) {
        List<ImportError> errors = new ArrayList<>();
        uploaded(workbook).filter(file -> file.getSize() > TrackerFiles.MAX_FILE_BYTES)
                .ifPresent(file -> errors.add(ImportError.fileTooLarge(file.getOriginalFilename())));
        CSV_FILES.stream().map(csv::get).flatMap(file -> uploaded(file).stream())
                .filter(file -> file.getSize() > TrackerFiles.MAX_FILE_BYTES)
                .forEach(file -> errors.add(ImportError.fileTooLarge(file.getOriginalFilename())));
        if (uploaded(workbook).isEmpty() && CSV_FILES.stream().allMatch(name -> uploaded(csv.get(name)).isEmpty())) {
            errors.add(new ImportError("", null, null, "import.file.none"));
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors);
    }

    /** The workbook when one was chosen, otherwise the CSV files under their tables' file names. */
    private static TrackerFiles files(MultipartFile workbook, Map<String, MultipartFile> csv) throws IOException {
        if (uploaded(workbook).isPresent()) {
            return TrackerFiles.workbook(workbook.getBytes());
        }
        Map<String, byte[]> files = new HashMap<>();
        for (String name : CSV_FILES) {
            Optional<MultipartFile> file = uploaded(csv.get(name));
            if (file.isPresent()) {
                files.put(name + ".csv", file.get().getBytes());
            }
        }
        return TrackerFiles.csv(files);
    }

    private static Optional<MultipartFile> uploaded(MultipartFile file) {
        return Optional.ofNullable(file).filter(chosen -> !chosen.isEmpty());
    }

    private void forget(HttpSession session) {
        Object pending = session.getAttribute(PENDING);
        if (pending != null) {
            uploads.remove(pending.toString());
        }
        session.removeAttribute(PENDING);
        session.removeAttribute(PENDING_TEAM);
    }

    /** The teams the user leads. */
    private List<IpsTeamSummary> teams(PlaceraUser user) {
        return user.staffMemberId() == null ? List.of() : organisation.ipsTeamsOf(user.staffMemberId()).stream()
                .filter(team -> organisation.membersOf(team.id(), TeamRole.TEAM_LEADER).stream()
                        .anyMatch(leader -> leader.staffMemberId().equals(user.staffMemberId())))
                .toList();
    }

    private IpsTeamSummary teamOf(PlaceraUser user, UUID team) {
        return teams(user).stream().filter(summary -> team == null || summary.id().equals(team)).findFirst()
                .orElseThrow(NotFound::new);
    }
}

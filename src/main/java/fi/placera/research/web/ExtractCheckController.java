package fi.placera.research.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.Rejection;
import fi.placera.research.Studies;
import fi.placera.research.internal.Disclosures;
import fi.placera.research.internal.Disclosures.Disclosure;
import fi.placera.research.internal.ExtractVerifier;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checking an extract that comes back (from a publication, a colleague, a third party): whether its files are still
 * those Placera wrote (ExtractVerifier: manifest checksums, no file missing or added, Placera's own codebook) and
 * whether this exact file left Placera, by its SHA-256 in the disclosure trail. Only the deliveries the user may see
 * are named: an administrator's of their area's data, an evaluator's of their own studies. Nothing is stored.
 */
@Controller
class ExtractCheckController {

    private final ExtractVerifier verifier;
    private final Disclosures disclosures;
    private final Studies studies;

    ExtractCheckController(ExtractVerifier verifier, Disclosures disclosures, Studies studies) {
        this.verifier = verifier;
        this.disclosures = disclosures;
        this.studies = studies;
    }

    @GetMapping("/research/verify")
    String form() {
        return "research/verify";
    }

    @PostMapping("/research/verify")
    String check(@AuthenticationPrincipal PlaceraUser user, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missing", true);
            return "research/verify";
        }
        String sha256;
        try (InputStream whole = file.getInputStream()) {
            sha256 = verifier.checksum(whole);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("sha256", sha256);
        model.addAttribute("deliveries", disclosures.ofFile(sha256).stream()
                .filter(delivery -> visible(user, delivery)).toList());
        try (InputStream zip = file.getInputStream()) {
            model.addAttribute("filesChecked", verifier.verify(zip));
        } catch (Rejection changed) {
            model.addAttribute("changed", changed);
        }
        return "research/verify";
    }

    private boolean visible(PlaceraUser user, Disclosure delivery) {
        if (user.has(Role.ADMIN) && (user.areaId() == null || delivery.areaIds().contains(user.areaId()))) {
            return true;
        }
        return user.has(Role.EVALUATOR) && studies.find(delivery.studyId())
                .map(study -> study.evaluators().contains(user.accountId())).orElse(false);
    }
}

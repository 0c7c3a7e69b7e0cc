package fi.placera.clients.web;

import fi.placera.clients.internal.CareTeamPatients;
import fi.placera.clients.internal.CareTeamReferrals;
import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.StaffMemberSummary;
import fi.placera.platform.web.Forms;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The care-team member's workspace (issue 27 §1, decision 0083): their patients in IPS as far as each consents to
 * share, and the electronic referral to IPS. Care-team members only (the URL rules).
 */
@Controller
@RequestMapping("/care-team")
class CareTeamController {

    private final CareTeamPatients patients;
    private final CareTeamReferrals referrals;
    private final Organisation organisation;

    CareTeamController(CareTeamPatients patients, CareTeamReferrals referrals, Organisation organisation) {
        this.patients = patients;
        this.referrals = referrals;
        this.organisation = organisation;
    }

    @GetMapping
    String workspace(@AuthenticationPrincipal PlaceraUser user, Model model) {
        List<CareTeamPatients.Patient> shown = patients.of(user);
        model.addAttribute("patients", shown);
        model.addAttribute("coaches", shown.stream().filter(patient -> patient.service() != null)
                .map(patient -> patient.service().coachStaffId()).filter(Objects::nonNull).distinct()
                .map(organisation::staffMember).flatMap(Optional::stream)
                .collect(Collectors.toMap(StaffMemberSummary::id, coach -> coach.firstName() + " " + coach.lastName())));
        model.addAttribute("careTeams", referrals.from(user));
        return "clients/care-team";
    }

    @GetMapping("/referral")
    String referralForm(@AuthenticationPrincipal PlaceraUser user, Locale locale, Model model) {
        return form(user, model, CareTeamReferralForm.empty(locale.getLanguage()));
    }

    @PostMapping("/referral")
    String refer(@AuthenticationPrincipal PlaceraUser user, @ModelAttribute("form") CareTeamReferralForm form,
            BindingResult errors, Model model) {
        form.check(errors);
        if (!Forms.saved(errors, () -> referrals.refer(user, form.toReferral()))) {
            return form(user, model, form);
        }
        return Forms.redirectSaved("/care-team");
    }

    private String form(PlaceraUser user, Model model, CareTeamReferralForm form) {
        List<CareTeamReferrals.From> from = referrals.from(user);
        model.addAttribute("form", form);
        model.addAttribute("careTeams", from);
        model.addAttribute("ipsTeams", from.stream().flatMap(own -> own.ipsTeams().stream())
                .collect(Collectors.toMap(IpsTeamSummary::id, Function.identity(), (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(IpsTeamSummary::name)).toList());
        return "clients/care-team-referral";
    }
}

package fi.placera.identity.web;

import fi.placera.identity.Role;
import fi.placera.identity.internal.AccountAdministration;
import fi.placera.organisation.Organisation;
import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of accounts: create, edit, set a password, reset the second factor, end sessions — within the
 * administrator's area; another area's account is answered like a missing one.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountAdministration administration;
    private final Organisation organisation;

    AccountAdminController(AccountAdministration administration, Organisation organisation) {
        this.administration = administration;
        this.organisation = organisation;
    }

    @GetMapping
    String list(Administrator by, Model model) {
        model.addAttribute("accounts", administration.accounts(by));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String create(Administrator by, Model model) {
        AccountForm form = AccountForm.empty();
        form.setAreaId(by.areaId());
        return form(by, model, form);
    }

    @GetMapping("/{id}")
    String edit(Administrator by, @PathVariable UUID id, Model model) {
        return form(by, model, AccountForm.of(administration.account(by, id).orElseThrow(AccountAdminController::notFound)));
    }

    @PostMapping
    String saveNew(Administrator by, @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        form.check(errors);
        form.checkNewUsername(errors);
        if (!Forms.saved(errors, () -> administration.create(by, form.toAccount(), form.getPassword()))) {
            form.setPassword(null);
            return form(by, model, form);
        }
        redirect.addFlashAttribute("saved", form.getUsername());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}")
    String save(Administrator by, @PathVariable UUID id, @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        String username = administration.account(by, id).orElseThrow(AccountAdminController::notFound).username();
        form.setId(id);
        form.setUsername(username);
        form.check(errors);
        if (!Forms.saved(errors, () -> administration.update(by, form.toAccount()))) {
            return form(by, model, form);
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String setPassword(Administrator by, @PathVariable UUID id, @RequestParam(defaultValue = "") String password,
            Model model, RedirectAttributes redirect) {
        return act(by, id, model, redirect, "saved", () -> administration.setPassword(by, id, password));
    }

    /** The user lost their authenticator: they enrol a new one at their next login. */
    @PostMapping("/{id}/second-factor")
    String resetSecondFactor(Administrator by, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return act(by, id, model, redirect, "secondFactorReset", () -> administration.resetSecondFactor(by, id));
    }

    @PostMapping("/{id}/sessions")
    String endSessions(Administrator by, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        int[] ended = new int[1];
        String page = act(by, id, model, redirect, "sessionsEnded", () -> ended[0] = administration.endSessions(by, id));
        redirect.addFlashAttribute("sessionsEnded", ended[0]);
        return page;
    }

    /** An act on one account from its page: done and back to the page, or the page again with the refusal. */
    private String act(Administrator by, UUID id, Model model, RedirectAttributes redirect, String flash,
            Runnable action) {
        AccountForm form = AccountForm.of(administration.account(by, id).orElseThrow(AccountAdminController::notFound));
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        if (!Forms.saved(errors, action)) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return form(by, model, form);
        }
        redirect.addFlashAttribute(flash, form.getUsername());
        return "redirect:/admin/accounts/" + id;
    }

    /** The form offers only what this administrator may give: their own area, and the admin role only nationally. */
    private String form(Administrator by, Model model, AccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", by.national() ? Role.values()
                : java.util.Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).toArray(Role[]::new));
        model.addAttribute("areas", organisation.areas().stream().filter(area -> by.covers(area.id())).toList());
        model.addAttribute("staffMembers", organisation.staffMembers().stream()
                .filter(member -> by.covers(member.areaId())).toList());
        model.addAttribute("national", by.national());
        return "identity/account-form";
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}

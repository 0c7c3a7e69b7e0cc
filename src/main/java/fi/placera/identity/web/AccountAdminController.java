package fi.placera.identity.web;

import fi.placera.identity.Role;
import fi.placera.identity.internal.AccountAdministration;
import fi.placera.organisation.Organisation;
import fi.placera.platform.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of accounts: create, edit, set a password, end sessions. */
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
    String list(Model model) {
        model.addAttribute("accounts", administration.accounts());
        return "identity/accounts";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, AccountForm.empty());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, AccountForm.of(administration.account(id).orElseThrow(AccountAdminController::notFound)));
    }

    @PostMapping
    String saveNew(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.checkNewUsername(errors);
        if (!Forms.saved(errors, () -> administration.create(form.toAccount(), form.getPassword()))) {
            form.setPassword(null);
            return form(model, form);
        }
        redirect.addFlashAttribute("saved", form.getUsername());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        String username = administration.account(id).orElseThrow(AccountAdminController::notFound).username();
        form.setId(id);
        form.setUsername(username);
        if (!Forms.saved(errors, () -> administration.update(form.toAccount()))) {
            return form(model, form);
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect) {
        AccountForm form = AccountForm.of(administration.account(id).orElseThrow(AccountAdminController::notFound));
        BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        if (!Forms.saved(errors, () -> administration.setPassword(id, password))) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return form(model, form);
        }
        redirect.addFlashAttribute("saved", form.getUsername());
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/sessions")
    String endSessions(@PathVariable UUID id, RedirectAttributes redirect) {
        String username = administration.account(id).orElseThrow(AccountAdminController::notFound).username();
        redirect.addFlashAttribute("sessionsEnded", administration.endSessions(username));
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model, AccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("areas", organisation.areas());
        model.addAttribute("staffMembers", organisation.staffMembers());
        return "identity/account-form";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

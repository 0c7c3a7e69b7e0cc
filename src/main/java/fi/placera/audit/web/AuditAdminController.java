package fi.placera.audit.web;

import fi.placera.audit.AccessLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows administrators whether the access log's hash chain is intact. */
@Controller
class AuditAdminController {

    private final AccessLog accessLog;

    AuditAdminController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/admin/audit")
    String chain(Model model) {
        model.addAttribute("verification", accessLog.verify());
        return "audit/chain";
    }
}

package fi.placera.evaluation.web;

import tools.jackson.databind.ObjectMapper;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.platform.Administrator;
import fi.placera.platform.web.Forms;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * National administrators add an instrument, or change one, by pasting or uploading its definition (JSON) — no release
 * needed. A change after answers exist becomes the next version; older answers keep theirs.
 */
@Controller
class InstrumentAdminController {

    private final Instruments instruments;
    private final ObjectMapper json;

    InstrumentAdminController(Instruments instruments, ObjectMapper json) {
        this.instruments = instruments;
        this.json = json;
    }

    record InstrumentInput(String code, String definition) {
    }

    @GetMapping("/admin/instruments")
    String list(Administrator by, @RequestParam(required = false) String code, Model model) throws Exception {
        String definition = "";
        if (code != null) {
            var current = instruments.current(code);
            if (current.isPresent()) {
                definition = json.writerWithDefaultPrettyPrinter().writeValueAsString(current.get().definition());
            }
        }
        return page(by, new InstrumentInput(code == null ? "" : code, definition),
                new MapBindingResult(new HashMap<>(), "instrument"), model);
    }

    @PostMapping("/admin/instruments")
    String define(Administrator by, InstrumentInput input,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            Model model) throws Exception {
        String definition = input.definition();
        if (file != null && !file.isEmpty()) {
            definition = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        InstrumentInput typed = new InstrumentInput(input.code(), definition);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "instrument");
        AtomicReference<Instrument> stored = new AtomicReference<>();
        if (!Forms.saved(errors, () -> stored.set(instruments.define(typed.code(), typed.definition(), by)))) {
            return page(by, typed, errors, model);
        }
        return "redirect:/admin/instruments?saved=" + stored.get().code() + "&version=" + stored.get().version();
    }

    /** Instruments are national: area administrators read them, only national administrators get the form. */
    private String page(Administrator by, InstrumentInput input, BindingResult errors, Model model) {
        model.addAttribute("mayDefine", by.national());
        List<Instrument> current = instruments.current();
        model.addAttribute("instruments", current);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "evaluation/instruments";
    }
}

package fi.placera.evaluation.web;

import fi.placera.evaluation.Questionnaires;
import fi.placera.evaluation.Questionnaires.LinkedResponse;
import fi.placera.platform.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A questionnaire answered through a one-time link, without logging in: the page shows only the questionnaire, in
 * the language the link was made for, and nothing about the client. Answers can be saved part by part; submitting
 * ends the link. An unknown, expired or used link gets one page that says only that the link does not work.
 */
@Controller
class AnswerLinkController {

    private final Questionnaires questionnaires;
    private final LocaleResolver locales;

    AnswerLinkController(Questionnaires questionnaires, LocaleResolver locales) {
        this.questionnaires = questionnaires;
        this.locales = locales;
    }

    @GetMapping("/q/{token}")
    String open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<LinkedResponse> link = questionnaires.byLink(token);
        if (link.isEmpty()) {
            return "evaluation/link-invalid";
        }
        speak(link.get(), request, response);
        return form(token, link.get(), AnswerForm.stored(link.get().response().answers()), model);
    }

    @PostMapping("/q/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "false") boolean submit, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<LinkedResponse> link = questionnaires.byLink(token);
        if (link.isEmpty()) {
            // a second submit of the same answers changes nothing and thanks again; anything else reveals nothing
            return submit && questionnaires.answerByLink(token, java.util.Map.of(), true)
                    ? "evaluation/link-thanks" : "evaluation/link-invalid";
        }
        speak(link.get(), request, response);
        AnswerForm answers = AnswerForm.posted(link.get().response().instrument().definition(), form);
        if (!answers.saved(() -> {
            if (!questionnaires.answerByLink(token, answers.answers(), submit)) {
                throw new fi.placera.platform.Rejection(null, "evaluation.link.invalid");
            }
        })) {
            return form(token, link.get(), answers, model);
        }
        if (submit) {
            return "evaluation/link-thanks";
        }
        model.addAttribute("saved", true);
        return form(token, link.get(), AnswerForm.stored(answers.answers()), model);
    }

    private String form(String token, LinkedResponse link, AnswerForm answers, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("definition", link.response().instrument().definition());
        model.addAttribute("instrument", link.response().instrument());
        model.addAttribute("form", answers);
        model.addAttribute("errors", answers.errors());
        return "evaluation/public-answer";
    }

    /** The page speaks the link's language (the client's), whatever the browser says. */
    private void speak(LinkedResponse link, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.byTag(link.language()).orElse(Languages.FINNISH);
        locales.setLocale(request, response, locale);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
    }
}

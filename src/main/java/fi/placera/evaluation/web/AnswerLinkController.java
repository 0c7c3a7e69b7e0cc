package fi.placera.evaluation.web;

import fi.placera.evaluation.Instrument.Definition;
import fi.placera.evaluation.Questionnaires;
import fi.placera.evaluation.Questionnaires.LinkedResponse;
import fi.placera.platform.web.Languages;
import fi.placera.platform.web.LinkLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A questionnaire answered through a one-time link, without logging in: the page shows only the questionnaire, in
 * the language the link was made for, and nothing about the client. Answers can be saved part by part; submitting
 * ends the link. An unknown, expired or used link gets one page that says only that the link does not work.
 */
@Controller
class AnswerLinkController {

    private final Questionnaires questionnaires;
    private final LinkLanguage linkLanguage;
    private final CrisisCard crisisCard;

    AnswerLinkController(Questionnaires questionnaires, LinkLanguage linkLanguage, CrisisCard crisisCard) {
        this.questionnaires = questionnaires;
        this.linkLanguage = linkLanguage;
        this.crisisCard = crisisCard;
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
            @RequestParam(defaultValue = "false") boolean submit,
            @RequestParam(defaultValue = "false") boolean confirmMissing, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<LinkedResponse> link = questionnaires.byLink(token);
        if (link.isEmpty()) {
            // a second submit changes nothing and shows the same page again (the crisis contacts too); anything else
            // reveals nothing
            Optional<LinkedResponse> submitted = submit ? questionnaires.submittedByLink(token) : Optional.empty();
            if (submitted.isEmpty()) {
                return "evaluation/link-invalid";
            }
            speak(submitted.get(), request, response);
            return thanks(submitted.get(), AnswerForm.stored(submitted.get().response().answers()), model);
        }
        speak(link.get(), request, response);
        Definition definition = link.get().response().instrument().definition();
        AnswerForm answers = AnswerForm.posted(definition, form);
        if (answers.asksAboutMissing(definition, submit, confirmMissing)) {
            model.addAttribute("askMissing", answers.unanswered(definition));
            return form(token, link.get(), answers, model);
        }
        if (!answers.saved(() -> {
            if (!questionnaires.answerByLink(token, answers.answers(), submit)) {
                throw new fi.placera.platform.Rejection(null, "evaluation.link.invalid");
            }
        })) {
            return form(token, link.get(), answers, model);
        }
        if (submit) {
            return thanks(link.get(), answers, model);
        }
        model.addAttribute("saved", true);
        return form(token, link.get(), AnswerForm.stored(answers.answers()), model);
    }

    /**
     * Thanks; and when an answer reached a safety item's threshold, at once the crisis contacts in the page's language
     * (the link's, or the one the client switched to).
     */
    private String thanks(LinkedResponse link, AnswerForm answers, Model model) {
        Questionnaires.Response answered = link.response();
        if (answered.instrument().definition().safetySignals(answers.answers()).isEmpty()) {
            return "evaluation/link-thanks";
        }
        model.addAttribute("card", crisisCard.of(answered.areaId(), LocaleContextHolder.getLocale().getLanguage()));
        return "evaluation/crisis";
    }

    private String form(String token, LinkedResponse link, AnswerForm answers, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("definition", link.response().instrument().definition());
        model.addAttribute("instrument", link.response().instrument());
        model.addAttribute("form", answers);
        model.addAttribute("errors", answers.errors());
        return "evaluation/public-answer";
    }

    /** The page speaks the link's language (the client's), whatever the browser says, unless the client switches. */
    private void speak(LinkedResponse link, HttpServletRequest request, HttpServletResponse response) {
        linkLanguage.speak(Languages.byTag(link.language()).orElse(Languages.FINNISH), request, response);
    }
}

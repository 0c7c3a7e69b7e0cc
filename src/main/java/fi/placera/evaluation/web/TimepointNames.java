package fi.placera.evaluation.web;

import fi.placera.evaluation.FollowUps.Timepoint;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The names of a team's timepoints in one language: a timepoint's own name (custom or edited ones; the latest row of
 * a code wins), else the message {@code evaluation.timepoint.<CODE>} of the default codes, else the code itself.
 */
public final class TimepointNames {

    private final Map<String, String> own = new HashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    TimepointNames(List<Timepoint> history, MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        history.forEach(timepoint -> timepoint.label(locale.getLanguage())
                .ifPresentOrElse(label -> own.put(timepoint.code(), label), () -> own.remove(timepoint.code())));
    }

    public String of(String code) {
        if (code == null) {
            return messages.getMessage("evaluation.timepoint.none", null, locale);
        }
        String name = own.get(code);
        return name != null ? name : messages.getMessage("evaluation.timepoint." + code, null, code, locale);
    }
}

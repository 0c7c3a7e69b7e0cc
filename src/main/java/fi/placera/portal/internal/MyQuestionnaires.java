package fi.placera.portal.internal;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.ClientSummary;
import fi.placera.evaluation.FollowUps;
import fi.placera.evaluation.Instrument;
import fi.placera.evaluation.Instruments;
import fi.placera.evaluation.Questionnaires;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The questionnaires the client can answer now: their follow-ups (evaluation module) that are open or overdue and
 * that the client answers themselves (not the coach's forms). Opening one sends the client to the same one-time
 * answer page as a link from the coach ({@code /q/{token}}): a link is issued for the client's response when they
 * first open it, and the token is kept in their session (never stored in clear) so that opening it again in the
 * same session continues the same response; a new session gets a new link and response.
 */
@Service
public class MyQuestionnaires {

    /** How long a link issued from the client's page works: enough to answer in one sitting. */
    static final int LINK_DAYS = 1;

    private final FollowUps followUps;
    private final Instruments instruments;
    private final Questionnaires questionnaires;
    private final ClientDirectory clients;
    private final MessageSource messages;

    MyQuestionnaires(FollowUps followUps, Instruments instruments, Questionnaires questionnaires,
            ClientDirectory clients, MessageSource messages) {
        this.followUps = followUps;
        this.instruments = instruments;
        this.questionnaires = questionnaires;
        this.clients = clients;
        this.messages = messages;
    }

    /** A questionnaire due: the follow-up timepoint and instrument, their names, by when, and whether it is late. */
    public record Due(String timepoint, String timepointName, String instrument, String instrumentName,
            LocalDate dueOn, LocalDate closesOn, boolean overdue) {
    }

    /** The client's questionnaires to answer now, earliest first, named in the given language. */
    public List<Due> due(Me me, Locale locale) {
        return followUps.of(me.clientId()).stream()
                .filter(followUp -> followUp.status() == FollowUps.Status.OPEN
                        || followUp.status() == FollowUps.Status.OVERDUE)
                .flatMap(followUp -> instruments.current(followUp.instrumentCode())
                        .filter(instrument -> instrument.definition().respondent() == Instrument.Respondent.CLIENT)
                        .map(instrument -> new Due(followUp.timepoint(), messages.getMessage(
                                "evaluation.timepoint." + followUp.timepoint(), null, followUp.timepoint(), locale),
                                instrument.code(), instrument.name(locale), followUp.dueOn(), followUp.closesOn(),
                                followUp.status() == FollowUps.Status.OVERDUE))
                        .stream())
                .toList();
    }

    /**
     * The token of the answer page for one of the client's due questionnaires: the one kept in {@code tokens} (the
     * session's) while it still works, else a new link in the given language, kept there. Empty when the
     * questionnaire is not one the client has to answer now.
     */
    public Optional<String> open(Me me, String timepoint, String instrument, String language,
            Map<String, String> tokens) {
        boolean due = due(me, Locale.ENGLISH).stream()
                .anyMatch(d -> d.timepoint().equals(timepoint) && d.instrument().equals(instrument));
        if (!due) {
            return Optional.empty();
        }
        String key = timepoint + "/" + instrument;
        String kept = tokens.get(key);
        if (kept != null && questionnaires.byLink(kept).isPresent()) {
            return Optional.of(kept);
        }
        ClientSummary client = clients.self(me.clientId()).orElseThrow();
        String lang = List.of("fi", "sv", "en").contains(language) ? language
                : clients.preferredLanguage(me.clientId()).filter(List.of("fi", "sv", "en")::contains).orElse("fi");
        Questionnaires.IssuedLink link = questionnaires.issueLink(new Questionnaires.NewResponse(UUID.randomUUID(),
                instrument, me.areaId(), client.ipsTeamId(), me.clientId(), timepoint, null, null, null,
                me.user().accountId()), lang, LINK_DAYS);
        tokens.put(key, link.token());
        return Optional.of(link.token());
    }
}

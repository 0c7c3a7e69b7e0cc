package fi.placera.evaluation.web;

import fi.placera.evaluation.CrisisContacts;
import fi.placera.evaluation.CrisisContacts.Contacts;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The crisis contacts a client sees after an answer that raised a safety alert, in the client's language whatever the
 * page around it speaks (the coach's page shows the client's card in the client's language).
 */
@Component
class CrisisCard {

    /** The card's texts, resolved in its language. */
    record Card(String language, String heading, String text, String told, Contacts contacts) {
    }

    private final CrisisContacts contacts;
    private final MessageSource messages;

    CrisisCard(CrisisContacts contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    Card of(short areaId, String language) {
        Locale locale = Locale.forLanguageTag(java.util.List.of("fi", "sv", "en").contains(language) ? language : "fi");
        Contacts found = contacts.of(areaId, locale.getLanguage());
        return new Card(locale.getLanguage(), messages.getMessage("evaluation.crisis.heading", null, locale),
                messages.getMessage("evaluation.crisis.text", null, locale),
                messages.getMessage("evaluation.crisis.told", null, locale), found);
    }
}

package fi.placera.evaluation;

import fi.placera.organisation.AreaContacts;

/**
 * Whom a client can turn to in a crisis, per welfare area and language (fi, sv, en): shown to a client whose answer
 * raised a safety alert. The national crisis lines and 112 are shipped as defaults; an area's administrator confirms
 * or changes them for the area.
 */
public interface CrisisContacts extends AreaContacts<CrisisContacts.Contacts> {

    int MAX_LENGTH = 300;

    /**
     * The contacts in one language: {@code confirmed} is false while the area shows the national defaults. The crisis
     * line and the emergency number are required, each text at most {@value #MAX_LENGTH} characters; their form
     * fields are {@code <language>-crisisLine}, {@code -emergency} and {@code -localHelp}.
     */
    record Contacts(String crisisLine, String emergency, String localHelp, boolean confirmed) {
    }
}

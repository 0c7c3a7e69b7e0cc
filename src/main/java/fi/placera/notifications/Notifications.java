package fi.placera.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Queues messages to people in the caller's transaction (so a message exists only if what it announces does); they
 * leave through the outbox afterwards. Arguments fill the kind's template and are cleared once sent: pass codes, links
 * and dates, never a name, a diagnosis or an answer — the templates say only that something waits in Placera.
 */
public interface Notifications {

    /**
     * What a message says, with how many template arguments it takes. A questionnaire's first argument is a path on
     * Placera ({@code /q/…}), sent as a whole link to the address configured as {@code placera.notifications.link-base}.
     */
    enum Kind {
        /** A one-time login code: the code and its validity in minutes. */
        LOGIN_CODE(2),
        /** A questionnaire to answer: the path of its answer page. */
        QUESTIONNAIRE_LINK(1),
        /** A questionnaire still to answer: the path of the client's own pages. */
        QUESTIONNAIRE_REMINDER(1),
        /** A client's new rights request waits for its handlers (staff). */
        RIGHTS_REQUEST(0),
        /** New accessibility feedback waits for the administrators (staff). */
        FEEDBACK(0),
        /** An urgent task waits in Placera (staff): nothing about whom or why. */
        URGENT_TASK(0),
        /** An appointment: its day and time. */
        APPOINTMENT_REMINDER(2);

        private final int arguments;

        Kind(int arguments) {
            this.arguments = arguments;
        }

        public int arguments() {
            return arguments;
        }

        public boolean linksToPlacera() {
            return this == QUESTIONNAIRE_LINK || this == QUESTIONNAIRE_REMINDER;
        }
    }

    /** Staff who handle what arrives in an area. */
    enum Handlers {
        /** The area's team leaders (rights requests). */
        TEAM_LEADERS,
        /** The area's administrators, and the national ones (accessibility feedback). */
        ADMINISTRATORS
    }

    /** Over which channel. */
    enum Channel { EMAIL, SMS }

    /**
     * To the client over every channel they gave and allow (e-mail, SMS), in their language; nothing when they allow
     * none. Returns how many messages were queued.
     */
    int toClient(UUID clientId, Kind kind, List<String> arguments);

    /** To these staff members by e-mail, in fi, sv and en (Placera does not know a staff member's language). */
    int toStaff(Collection<UUID> staffMemberIds, Kind kind);

    /** To the client's coach, or to the leaders of the client's team while the client waits for a coach. */
    int toCoachOf(UUID clientId, Kind kind);

    /** To the staff of the area who handle this, by e-mail, in fi, sv and en. */
    int toHandlers(short areaId, Handlers handlers, Kind kind);

    /** To an address the person is proving (an e-mailed login code), in the language of the page they asked on. */
    UUID toAddress(String address, Locale language, Kind kind, List<String> arguments);

    /** Drops every message to the address, waiting or kept as sent (an erased account's). */
    void forget(String address);
}

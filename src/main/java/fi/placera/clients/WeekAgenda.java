package fi.placera.clients;

import fi.placera.identity.PlaceraUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Appointments that other modules put on the user's week as a day-by-day agenda (meetings, decision 0061).
 * Implemented by modules that depend on this one, so that "my week" can show them without depending on those modules.
 */
public interface WeekAgenda {

    /** The user's own appointments on the days from {@code from} to {@code until}, earliest first. */
    List<Appointment> of(PlaceraUser user, LocalDate from, LocalDate until);

    /** One appointment: when, where, and with which client (the name only when the user may see the client). */
    record Appointment(LocalDate day, LocalTime startsAt, LocalTime endsAt, String place, UUID clientId,
            String clientName) {
    }
}

package fi.placera.meetings.internal;

import fi.placera.meetings.ClientMeetings.Appointment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The coach's appointments as an iCalendar file (RFC 5545, decision 0061) for their own calendar, which lies outside
 * Placera: it carries when and where, and of the client at most the initials — no name, no note, nothing about health.
 */
public final class AppointmentCalendar {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** How far ahead the file reaches. */
    public static final int DAYS_AHEAD = 366;

    private AppointmentCalendar() {
    }

    /** The file; {@code summary} is "Client meeting" in the coach's language, {@code names} the clients' names. */
    public static String of(List<Appointment> appointments, Map<UUID, String> names, String summary) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Placera//Appointments//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(HELSINKI.getId())
                .getVTimeZone());
        for (Appointment appointment : appointments) {
            String initials = initials(names.get(appointment.clientId()));
            VEvent event = new VEvent(ZonedDateTime.of(appointment.day(), appointment.startsAt(), HELSINKI),
                    ZonedDateTime.of(appointment.day(), appointment.endsAt(), HELSINKI),
                    initials.isEmpty() ? summary : summary + " " + initials);
            event.add(new Uid(appointment.id() + "@placera"));
            event.add(new Location(appointment.place()));
            calendar.add(event);
        }
        StringWriter file = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return file.toString();
    }

    /** "A.B." of "Aino Bäck": the first letter of each part of the name, nothing else of it. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return Arrays.stream(name.strip().split("[\\s-]+")).filter(part -> !part.isEmpty())
                .map(part -> part.codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".")
                .collect(Collectors.joining());
    }
}

package fi.placera.meetings.web;

import fi.placera.clients.ClientDirectory;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.ClientMeetings;
import fi.placera.meetings.ClientMeetings.Appointment;
import fi.placera.meetings.internal.AppointmentCalendar;
import fi.placera.platform.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in coach's coming appointments as a calendar file for their own calendar (decision 0061). */
@Controller
class AppointmentCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ClientMeetings meetings;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final Clock clock;

    AppointmentCalendarController(ClientMeetings meetings, ClientDirectory clients, MessageSource messages,
            Clock clock) {
        this.meetings = meetings;
        this.clients = clients;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/week/appointments.ics")
    ResponseEntity<String> calendar(@AuthenticationPrincipal PlaceraUser user, Locale locale) {
        if (user.staffMemberId() == null) {
            throw new NotFound();
        }
        LocalDate today = LocalDate.now(clock);
        List<Appointment> coming = meetings.coachesComing(user.staffMemberId(), today,
                today.plusDays(AppointmentCalendar.DAYS_AHEAD));
        String file = AppointmentCalendar.of(coming, coming.isEmpty() ? Map.of()
                : clients.namesOf(user, coming.stream().map(Appointment::clientId).toList(), "appointment calendar file"),
                messages.getMessage("meetings.ics.summary", null, locale));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("placera-appointments.ics").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }
}

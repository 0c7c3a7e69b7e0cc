package fi.placera.meetings.internal;

import fi.placera.clients.ClientDirectory;
import fi.placera.clients.WeekAgenda;
import fi.placera.identity.PlaceraUser;
import fi.placera.meetings.ClientMeetings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts the coach's own appointments on their week, naming only the clients the coach may see (one logged read). */
@Component
class MeetingAgenda implements WeekAgenda {

    private final ClientMeetings meetings;
    private final ClientDirectory clients;

    MeetingAgenda(ClientMeetings meetings, ClientDirectory clients) {
        this.meetings = meetings;
        this.clients = clients;
    }

    @Override
    public List<Appointment> of(PlaceraUser user, LocalDate from, LocalDate until) {
        if (user.staffMemberId() == null) {
            return List.of();
        }
        List<ClientMeetings.Appointment> booked = meetings.coachesComing(user.staffMemberId(), from, until);
        if (booked.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = clients.namesOf(user, booked.stream().map(ClientMeetings.Appointment::clientId).toList(),
                "my week");
        return booked.stream().map(a -> new Appointment(a.day(), a.startsAt(), a.endsAt(), a.place(),
                a.clientId(), names.get(a.clientId()))).toList();
    }
}

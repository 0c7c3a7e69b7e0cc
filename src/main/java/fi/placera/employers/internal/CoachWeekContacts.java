package fi.placera.employers.internal;

import fi.placera.clients.EmployerContactFacts;
import fi.placera.employers.EmployerContacts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives "my week" (clients module) the coach's weekly count and each client's first face-to-face contact. */
@Component
class CoachWeekContacts implements EmployerContactFacts {

    private final EmployerContacts contacts;

    CoachWeekContacts(EmployerContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Count weekOf(UUID coachStaffId, LocalDate day) {
        EmployerContacts.WeeklyCount week = contacts.weeklyCount(coachStaffId, day);
        return new Count(week.faceToFace(), week.total());
    }

    @Override
    public Map<UUID, LocalDate> firstFaceToFaceAfterEnrolment(Collection<UUID> clients) {
        return contacts.firstFaceToFaceAfterEnrolment(clients);
    }
}

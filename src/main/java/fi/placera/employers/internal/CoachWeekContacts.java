package fi.placera.employers.internal;

import fi.placera.clients.WeeklyEmployerContacts;
import fi.placera.employers.EmployerContacts;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives "my week" (clients module) the coach's weekly employer-contact count. */
@Component
class CoachWeekContacts implements WeeklyEmployerContacts {

    private final EmployerContacts contacts;

    CoachWeekContacts(EmployerContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Count of(UUID coachStaffId, LocalDate day) {
        EmployerContacts.WeeklyCount week = contacts.weeklyCount(coachStaffId, day);
        return new Count(week.faceToFace(), week.total());
    }
}

package fi.placera.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fi.placera.employers.EmployerContacts.Contact;
import fi.placera.employers.EmployerContacts.Mode;
import fi.placera.employers.EmployerContacts.Purpose;
import fi.placera.employers.EmployerContacts.WeeklyCount;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Employer contacts: weekly counts on Helsinki calendar weeks, the first face-to-face contact, no duplicates. */
@PlaceraIT
class EmployerContactsIT {

    private static final short POHJANMAA = 17;

    @Autowired EmployerContacts contacts;
    @Autowired Employers employers;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private UUID coach;
    private UUID employer;

    @BeforeEach
    void coachAndEmployer() {
        String username = users.newCoach();
        coach = jdbc.sql("select staff_member_id from user_account where username = ?").param(username)
                .query(UUID.class).single();
        employer = employers.register(POHJANMAA, new Employer.Details("Vaasan Puutarha " + UUID.randomUUID(), null,
                null, null, null, null, null)).id();
    }

    private void contact(LocalDate day, Mode mode) {
        contact(day, mode, null);
    }

    /** A contact as history (a tracker's): these tests count contacts; the consent rules are EmployerConfidentialityIT's. */
    private void contact(LocalDate day, Mode mode, UUID client) {
        contacts.recordFromTracker(List.of(new Contact(UUID.randomUUID(), POHJANMAA, employer, null, coach, day, mode,
                client == null ? Purpose.GENERAL_JOB_DEVELOPMENT : Purpose.ABOUT_CLIENT, client, false, null, null, null,
                UUID.randomUUID())));
    }

    @Test
    void aWeekRunsFromMondayToSundayAcrossMonthEnds() {
        // Sunday 1.3.2026 closes the week of 23.2.; Monday 2.3. opens the next one
        contact(LocalDate.of(2026, 3, 1), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2026, 3, 2), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2026, 3, 8), Mode.PHONE);
        contact(LocalDate.of(2026, 3, 9), Mode.FACE_TO_FACE);
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 2, 26)))
                .isEqualTo(new WeeklyCount(LocalDate.of(2026, 2, 23), 1, 1));
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 3, 8)))
                .isEqualTo(new WeeklyCount(LocalDate.of(2026, 3, 2), 1, 2));
        // Wednesday 30.9. and Thursday 1.10.2026 are in the same week
        contact(LocalDate.of(2026, 9, 30), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2026, 10, 1), Mode.FACE_TO_FACE);
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 10, 4)).faceToFace()).isEqualTo(2);
    }

    @Test
    void isoWeekOneOf2026BeginsInDecember2025() {
        contact(LocalDate.of(2025, 12, 28), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2025, 12, 29), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2026, 1, 4), Mode.EMAIL);
        contact(LocalDate.of(2026, 1, 5), Mode.FACE_TO_FACE);
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 1, 1)))
                .isEqualTo(new WeeklyCount(LocalDate.of(2025, 12, 29), 1, 2));
    }

    @Test
    void isoWeek53Of2026RunsIntoJanuary2027AndWeekOneBeginsOnTheFourth() {
        Duration before = clock.offset();
        clock.resetTo(Duration.between(Instant.now(), Instant.parse("2027-01-10T10:00:00Z")));
        try {
            contact(LocalDate.of(2026, 12, 27), Mode.FACE_TO_FACE);
            contact(LocalDate.of(2026, 12, 28), Mode.FACE_TO_FACE);
            contact(LocalDate.of(2026, 12, 31), Mode.PHONE);
            contact(LocalDate.of(2027, 1, 3), Mode.FACE_TO_FACE);
            contact(LocalDate.of(2027, 1, 4), Mode.FACE_TO_FACE);
        } finally {
            clock.resetTo(before);
        }
        // 1.1.2026 is a Thursday, so 2026 has 53 ISO weeks; week 53 is Monday 28.12.2026 – Sunday 3.1.2027.
        assertThat(LocalDate.of(2027, 1, 1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2027, 1, 1)))
                .isEqualTo(new WeeklyCount(LocalDate.of(2026, 12, 28), 2, 3));
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2027, 1, 4)))
                .isEqualTo(new WeeklyCount(LocalDate.of(2027, 1, 4), 1, 1));
    }

    @Test
    void sixFaceToFaceContactsMeetTheTargetAndOtherModesDoNotCount() {
        for (int day = 16; day <= 20; day++) {
            contact(LocalDate.of(2026, 11, day), Mode.FACE_TO_FACE);
            contact(LocalDate.of(2026, 11, day), Mode.PHONE);
        }
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 11, 16)).targetMet()).isFalse();
        contact(LocalDate.of(2026, 11, 22), Mode.FACE_TO_FACE);
        WeeklyCount week = contacts.weeklyCount(coach, LocalDate.of(2026, 11, 16));
        assertThat(week.targetMet()).isTrue();
        assertThat(week.total()).isEqualTo(11);
    }

    @Test
    void justAfterMidnightInHelsinkiTheFormProposesTheNewDayThoughUtcIsStillYesterday() throws Exception {
        Instant halfPastMidnight = ZonedDateTime.of(2026, 3, 2, 0, 30, 0, 0, ZoneId.of("Europe/Helsinki")).toInstant();
        assertThat(halfPastMidnight.toString()).startsWith("2026-03-01T22:30");
        Duration before = clock.offset();
        clock.resetTo(Duration.between(Instant.now(), halfPastMidnight));
        try {
            String username = jdbc.sql("select username from user_account where staff_member_id = ?").param(coach)
                    .query(String.class).single();
            var form = Jsoup.parse(mvc.perform(get("/employer-contacts/new").with(users.as(username)))
                    .andReturn().getResponse().getContentAsString());
            assertThat(form.getElementById("contactedOn").val()).isEqualTo("2.3.2026");
            mvc.perform(post("/employer-contacts").with(users.as(username)).with(csrf())
                            .param("key", UUID.randomUUID().toString()).param("employerId", employer.toString())
                            .param("contactedOn", "2.3.2026").param("mode", "FACE_TO_FACE")
                            .param("purpose", "GENERAL_JOB_DEVELOPMENT"))
                    .andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        } finally {
            clock.resetTo(before);
        }
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 3, 2)).faceToFace()).isEqualTo(1);
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 3, 1)).faceToFace()).isZero();
    }

    @Test
    void theFirstFaceToFaceContactAboutAClientCountsFromTheirEnrolment() throws Exception {
        String username = jdbc.sql("select username from user_account where staff_member_id = ?").param(coach)
                .query(String.class).single();
        UUID client = given.client(username).named("Kaisa", "Kontakti").agreedOn("11.1.2026").create();
        UUID enrolledLater = given.client(username).named("Kalle", "Kontakti").agreedOn("21.1.2026").create();
        UUID notEnrolled = given.client(username).named("Kerttu", "Kontakti").create();
        contact(LocalDate.of(2026, 1, 5), Mode.PHONE, client);
        contact(LocalDate.of(2026, 1, 20), Mode.FACE_TO_FACE, client);
        contact(LocalDate.of(2026, 1, 10), Mode.FACE_TO_FACE, client);
        contact(LocalDate.of(2026, 1, 12), Mode.PHONE, client);
        contact(LocalDate.of(2026, 1, 8), Mode.FACE_TO_FACE);
        contact(LocalDate.of(2026, 1, 20), Mode.FACE_TO_FACE, enrolledLater);
        contact(LocalDate.of(2026, 1, 10), Mode.FACE_TO_FACE, notEnrolled);
        assertThat(contacts.firstFaceToFaceAfterEnrolment(List.of(client, enrolledLater, notEnrolled, UUID.randomUUID())))
                .as("one read; before enrolment, by phone or without an agreement nothing counts")
                .isEqualTo(Map.of(client, LocalDate.of(2026, 1, 20)));
    }

    @Test
    void aDoubleSubmitRecordsOneContact() throws Exception {
        String username = jdbc.sql("select username from user_account where staff_member_id = ?").param(coach)
                .query(String.class).single();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/employer-contacts").with(users.as(username)).with(csrf()).param("key", key)
                            .param("employerId", employer.toString()).param("contactedOn", "3.3.2026")
                            .param("mode", "FACE_TO_FACE").param("purpose", "GENERAL_JOB_DEVELOPMENT"))
                    .andExpect(redirectedUrl("/employers/" + employer + "?saved"));
        }
        assertThat(contacts.weeklyCount(coach, LocalDate.of(2026, 3, 3)).total()).isEqualTo(1);
    }
}

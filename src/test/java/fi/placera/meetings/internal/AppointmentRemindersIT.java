package fi.placera.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client is reminded of tomorrow's appointment once, over the channels they allow, with the day and the time only
 * (decision 0079); an appointment later, or a client who allows no channel, gets nothing.
 */
@PlaceraIT
class AppointmentRemindersIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Autowired AppointmentReminders reminders;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private UUID clientWithAppointment(String coach, String email, boolean allowed, int inDays) throws Exception {
        UUID client = given.client(coach).create();
        mvc.perform(users.as(coach, post("/clients/" + client + "/contact")).param("email", email)
                .param("emailAllowed", String.valueOf(allowed))).andExpect(status().is3xxRedirection());
        mvc.perform(users.as(coach, post("/clients/" + client + "/meetings/appointments"))
                .param("key", UUID.randomUUID().toString())
                .param("appointmentDay", LocalDate.now(clock).plusDays(inDays).format(DAY))
                .param("appointmentStart", "9.30").param("appointmentEnd", "10.30")
                .param("appointmentPlace", "Salainen klinikka")).andExpect(status().is3xxRedirection());
        return client;
    }

    private List<List<String>> remindersTo(String email) {
        return jdbc.sql("""
                        select array_to_string(arguments, '|') from mail_outbox
                        where recipient = ? and kind = 'APPOINTMENT_REMINDER'""")
                .param(email).query(String.class).list().stream().map(row -> List.of(row.split("\\|"))).toList();
    }

    @Test
    void tomorrowsAppointmentIsRemindedOnceWithTheDayAndTimeOnly() throws Exception {
        String coach = users.newCoach();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tomorrow = "huomenna-" + suffix + "@example.fi";
        String later = "myohemmin-" + suffix + "@example.fi";
        String silent = "hiljaa-" + suffix + "@example.fi";
        clientWithAppointment(coach, tomorrow, true, 1);
        clientWithAppointment(coach, later, true, 2);
        clientWithAppointment(coach, silent, false, 1);

        reminders.remind();
        reminders.remind();

        assertThat(remindersTo(tomorrow)).singleElement().satisfies(arguments -> assertThat(arguments)
                .containsExactly(LocalDate.now(clock).plusDays(1).format(DAY), "09:30"));
        assertThat(remindersTo(later)).isEmpty();
        assertThat(remindersTo(silent)).isEmpty();
    }
}

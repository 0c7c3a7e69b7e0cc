package fi.placera.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.meetings.ClientMeetings.Appointment;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import fi.placera.testing.TableChecksum;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 28 §3 (decision 0061): a meeting with the client is recorded, is on the record's timeline and in the published
 * facts; appointments are booked, cancelled, turned into notes, shown on the coach's week by day, on the client's own
 * pages (their own only) and in a calendar file without names. Only the client's IPS team writes.
 */
@PlaceraIT
class ClientMeetingsIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TestTeams teams;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired ClientMeetings meetings;
    @Autowired MessageSource messages;
    @Autowired Clock clock;

    private String coach;
    private UUID client;
    private LocalDate today;

    @BeforeEach
    void aClientOfANewCoach() throws Exception {
        coach = users.newCoach();
        client = given.client(coach).named("Saara", "Salainen").agreedOn("5.1.2026")
                .consentToTheCareTeam("IDENTITY", "SERVICE_RECORD").create();
        today = LocalDate.now(clock);
    }

    private String meetingsOf(UUID id) {
        return "/clients/" + id + "/meetings";
    }

    private MockHttpServletRequestBuilder note(String metOn, String metAt, String mode, String note) {
        return post(meetingsOf(client)).param("key", UUID.randomUUID().toString()).param("metOn", metOn)
                .param("metAt", metAt).param("mode", mode).param("place", "Kahvila Kulma")
                .param("participants", "CLIENT", "COACH").param("others", "Isä").param("note", note);
    }

    private MockHttpServletRequestBuilder appointment(LocalDate day, String start, String end, String place) {
        return post(meetingsOf(client) + "/appointments").param("key", UUID.randomUUID().toString())
                .param("appointmentDay", day.format(DAY)).param("appointmentStart", start)
                .param("appointmentEnd", end).param("appointmentPlace", place)
                .param("appointmentNote", "Ota mukaan CV (ei asiakkaalle)");
    }

    private Document page(String user, Locale language, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(users.as(user, language, get(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private Appointment only(String place) {
        return meetings.appointmentsOf(client).stream().filter(a -> a.place().equals(place)).findFirst().orElseThrow();
    }

    @Test
    void aMeetingNoteIsStoredOnTheTimelineAndInTheFactsView() throws Exception {
        mvc.perform(users.as(coach, note(today.minusDays(1).format(DAY), "9.30", "COMMUNITY", "Työnhaun suunnitelma")))
                .andExpect(redirectedUrl(meetingsOf(client) + "?saved"));

        assertThat(meetings.meetingsOf(client)).singleElement().satisfies(meeting -> {
            assertThat(meeting.metOn()).isEqualTo(today.minusDays(1));
            assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(9, 30));
            assertThat(meeting.mode()).isEqualTo(ClientMeetings.Mode.COMMUNITY);
            assertThat(meeting.participants()).containsExactlyInAnyOrder(ClientMeetings.Participant.CLIENT,
                    ClientMeetings.Participant.COACH);
            assertThat(meeting.note()).isEqualTo("Työnhaun suunnitelma");
        });
        assertThat(page(coach, Locale.forLanguageTag("fi"), meetingsOf(client)).select("#meeting-notes li").text())
                .contains("Kasvokkain toimiston ulkopuolella", "Kahvila Kulma", "Asiakas, Valmentaja", "Isä",
                        "Työnhaun suunnitelma");
        assertThat(page(coach, Locale.forLanguageTag("fi"), "/clients/" + client + "/record")
                .select("table.timeline tbody").text())
                .contains(today.minusDays(1).format(DAY) + " Tapaaminen asiakkaan kanssa: Kasvokkain toimiston ulkopuolella");
        assertThat(page(coach, Locale.forLanguageTag("fi"), "/clients/" + client)
                .select("section:has(#contacts-heading) li").eachText())
                .as("the overview's last contacts").containsExactly(today.minusDays(1).format(DAY)
                        + ": tapaaminen asiakkaan kanssa");
        assertThat(jdbc.sql("""
                        select met_on, mode, face_to_face, in_community, met_by is not null
                        from meetings_facts_client_meeting where client_id = ?""").param(client)
                .query((rs, row) -> List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getBoolean(5))).list())
                .containsExactly(List.of(today.minusDays(1), "COMMUNITY", true, true, true));
        assertThat(jdbc.sql("""
                        select count(*) from access_log
                        where client_id = ? and purpose = 'meetings and appointments' and action = 'VIEW'""")
                .param(client).query(Integer.class).single()).as("each view of the page is a logged read").isOne();
    }

    @Test
    void refusalsKeepTheInputAndSayWhyInTheUsersLanguage() throws Exception {
        String before = checksum.of("client_meeting") + checksum.of("appointment");
        Map<String, MockHttpServletRequestBuilder> refused = Map.of(
                "metAt", note(today.format(DAY), "25.99", "PHONE", "Soitto"),
                "metOn", note("31.2.2026", "9.00", "PHONE", "Soitto"),
                "note", note(today.format(DAY), "9.00", "PHONE", "x".repeat(ClientMeetings.NOTE_MAX + 1)),
                "place", note(today.format(DAY), "9.00", "PHONE", "Soitto").param("place", "Kahvila\u0000"),
                "appointmentEnd", appointment(today.plusDays(1), "10.00", "9.00", "Kirjasto"),
                "appointmentDay", appointment(today.minusDays(1), "9.00", "10.00", "Kirjasto"));
        Map<String, String> expected = Map.of("metAt", "form.time.format", "metOn", "form.date.format",
                "note", "validation.too-long", "place", "typeMismatch.java.lang.String",
                "appointmentEnd", "meetings.appointment.end-before-start", "appointmentDay", "meetings.appointment.past");
        for (var refusal : refused.entrySet()) {
            MockHttpServletResponse response = mvc.perform(users.as(coach, SWEDISH, refusal.getValue())).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(refusal.getKey()).isEqualTo(200);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.getElementById(refusal.getKey() + "-error")).as(refusal.getKey()).isNotNull();
            assertThat(page.getElementById(refusal.getKey() + "-error").text()).as(refusal.getKey())
                    .isEqualTo(messages.getMessage(expected.get(refusal.getKey()), null, SWEDISH));
            Element summary = page.getElementById("error-summary");
            assertThat(summary).as("the error summary of " + refusal.getKey()).isNotNull();
            assertThat(summary.hasAttr("autofocus")).isTrue();
            assertThat(page.selectFirst("main > *:not(h1):not(nav)")).as("the summary comes first").isEqualTo(summary);
            assertThat(summary.select("a").eachAttr("href")).containsExactly("#" + refusal.getKey());
            assertThat(page.getElementById(refusal.getKey())).as("the field the summary links to").isNotNull();
        }
        Document tooLong = Jsoup.parse(mvc.perform(users.as(coach, SWEDISH,
                note(today.format(DAY), "9.00", "PHONE", "x".repeat(ClientMeetings.NOTE_MAX + 1))))
                .andReturn().getResponse().getContentAsString());
        assertThat(tooLong.getElementById("note").text()).as("the text is kept").hasSize(ClientMeetings.NOTE_MAX + 1);
        assertThat(tooLong.getElementById("place").attr("value")).isEqualTo("Kahvila Kulma");
        Document nul = Jsoup.parse(mvc.perform(users.as(coach, SWEDISH, note(today.format(DAY), "9.00", "PHONE",
                "Soitto").param("place", "Kahvila\u0000"))).andReturn().getResponse().getContentAsString());
        assertThat(nul.getElementById("note").text()).as("the other fields are kept").isEqualTo("Soitto");
        Document badEnd = Jsoup.parse(mvc.perform(users.as(coach, SWEDISH,
                appointment(today.plusDays(1), "10.00", "9.00", "Kirjasto"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(badEnd.getElementById("appointmentPlace").attr("value")).isEqualTo("Kirjasto");
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).isEqualTo(before);
    }

    @Test
    void appointmentsAreOnTheCoachsWeekByDayUntilCancelled() throws Exception {
        mvc.perform(users.as(coach, appointment(today.plusDays(2), "13.00", "14.00", "Kirjasto")))
                .andExpect(redirectedUrl(meetingsOf(client) + "?booked"));
        mvc.perform(users.as(coach, appointment(today.plusDays(1), "10.00", "11.00", "Työkkäri")));
        mvc.perform(users.as(coach, appointment(today.plusDays(1), "8.15", "9.00", "Puhelin")));
        mvc.perform(users.as(coach, appointment(today.plusDays(30), "8.15", "9.00", "Kaukana")));

        Document week = page(coach, Locale.forLanguageTag("fi"), "/week");
        assertThat(week.select("#week-agenda h3").eachText()).containsExactly(
                day(today.plusDays(1)), day(today.plusDays(2)));
        assertThat(week.select("#week-agenda ul").get(0).select("li").eachText()).containsExactly(
                "8.15–9.00 Saara Salainen – Puhelin", "10.00–11.00 Saara Salainen – Työkkäri");
        assertThat(week.select("#week-agenda").text()).doesNotContain("Kaukana", "CV");
        assertThat(week.select("#week-agenda a[href=" + meetingsOf(client) + "]")).hasSize(3);

        Appointment library = only("Kirjasto");
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/appointments/" + library.id() + "/cancel")))
                .andExpect(redirectedUrl(meetingsOf(client) + "?cancelled"));
        assertThat(only("Kirjasto").cancelled()).isTrue();
        assertThat(page(coach, Locale.forLanguageTag("fi"), "/week").select("#week-agenda h3").eachText())
                .containsExactly(day(today.plusDays(1)));
        Document again = Jsoup.parse(mvc.perform(users.as(coach, post(meetingsOf(client) + "/appointments/"
                + library.id() + "/cancel"))).andReturn().getResponse().getContentAsString());
        assertThat(again.select("[role=alert]").text())
                .contains(messages.getMessage("meetings.appointment.unknown", null, Locale.forLanguageTag("fi")));
    }

    private String day(LocalDate day) {
        return messages.getMessage("meetings.weekday." + day.getDayOfWeek(), null, Locale.forLanguageTag("fi")) + " "
                + day.format(DAY);
    }

    @Test
    void aHeldAppointmentBecomesAPrefilledMeetingNoteOnce() throws Exception {
        mvc.perform(users.as(coach, appointment(today, "0.00", "0.30", "Neuvola")));
        Appointment held = only("Neuvola");
        Document form = page(coach, Locale.forLanguageTag("fi"), meetingsOf(client) + "?appointment=" + held.id());
        assertThat(form.getElementById("metOn").attr("value")).isEqualTo(today.format(DAY));
        assertThat(form.getElementById("metAt").attr("value")).isEqualTo("0:00");
        assertThat(form.getElementById("place").attr("value")).isEqualTo("Neuvola");
        assertThat(form.select("input[name=appointmentId]").attr("value")).isEqualTo(held.id().toString());

        mvc.perform(users.as(coach, note(today.format(DAY), "0.00", "FACE_TO_FACE", "Pidetty")
                .param("appointmentId", held.id().toString()))).andExpect(redirectedUrl(meetingsOf(client) + "?saved"));
        assertThat(only("Neuvola").held()).isTrue();
        assertThat(meetings.meetingsOf(client)).singleElement()
                .satisfies(meeting -> assertThat(meeting.appointmentId()).isEqualTo(held.id()));

        String before = checksum.of("client_meeting") + checksum.of("appointment");
        mvc.perform(users.as(coach, note(today.format(DAY), "0.00", "FACE_TO_FACE", "Toinen kerta")
                .param("appointmentId", held.id().toString()))).andExpect(status().isOk());
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/appointments/" + held.id() + "/cancel")))
                .andExpect(status().isOk());
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).as("held is held").isEqualTo(before);
        assertThat(meetings.comingOf(client, today)).isEmpty();
    }

    @Test
    void theClientSeesTheirOwnAppointmentsInTheirLanguageAndNeverAnothers() throws Exception {
        UUID other = client;
        client = given.client(coach).named("Sara", "Svensk").speaking("sv").agreedOn("5.1.2026").create();
        mvc.perform(users.as(coach, appointment(today.plusDays(3), "9.30", "10.30", "Kirjasto Oodi")));
        mvc.perform(users.as(coach, post(meetingsOf(other) + "/appointments").param("key", UUID.randomUUID().toString())
                .param("appointmentDay", today.plusDays(3).format(DAY)).param("appointmentStart", "12.00")
                .param("appointmentEnd", "13.00").param("appointmentPlace", "Toisen paikka")))
                .andExpect(status().is3xxRedirection());
        String me = account(client);

        Document sv = Jsoup.parse(mvc.perform(get("/me").with(users.as(me))).andReturn().getResponse()
                .getContentAsString());
        assertThat(sv.select("#upcoming li").eachText()).filteredOn(item -> item.contains("Möte"))
                .containsExactly(today.plusDays(3).format(DAY) + " – Möte med din coach kl. 9.30–10.30, Kirjasto Oodi");
        assertThat(sv.text()).doesNotContain("Toisen paikka", "Ota mukaan CV");
    }

    private String account(UUID id) throws Exception {
        String invited = mvc.perform(post("/clients/" + id + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(invited);
        assertThat(link.find()).isTrue();
        String me = "saara." + id.toString().substring(0, 8);
        mvc.perform(post("/invite/" + link.group(1)).with(csrf()).param("username", me)
                .param("passphrase", "kuusi kuuta kuusessa").param("repeated", "kuusi kuuta kuusessa"))
                .andExpect(status().is3xxRedirection());
        return me;
    }

    @Test
    void theCalendarFileCarriesNoNamesAndHelsinkiTimes() throws Exception {
        mvc.perform(users.as(coach, appointment(today.plusDays(5), "9.30", "10.45", "Kirjasto Oodi")));
        Appointment booked = only("Kirjasto Oodi");
        MockHttpServletResponse response = mvc.perform(users.as(coach, Locale.forLanguageTag("fi"),
                get("/week/appointments.ics"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String file = response.getContentAsString();
        assertThat(file).doesNotContain("Saara", "Salainen", "CV").contains("TZID=Europe/Helsinki");

        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        VEvent event = calendar.getComponentList().getAll().stream().filter(VEvent.class::isInstance)
                .map(VEvent.class::cast)
                .filter(e -> e.getUid().map(uid -> uid.getValue().equals(booked.id() + "@placera")).orElse(false))
                .findFirst().orElseThrow();
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Asiakastapaaminen S.S.");
        assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("Kirjasto Oodi");
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        assertThat(instant(event.getDateTimeStart().orElseThrow().getDate())).isEqualTo(
                ZonedDateTime.of(today.plusDays(5), LocalTime.of(9, 30), helsinki).toInstant());
        assertThat(instant(event.getDateTimeEnd().orElseThrow().getDate())).isEqualTo(
                ZonedDateTime.of(today.plusDays(5), LocalTime.of(10, 45), helsinki).toInstant());

        String swedish = mvc.perform(users.as(coach, SWEDISH, get("/week/appointments.ics"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(swedish).contains("SUMMARY:Klientmöte S.S.");
        assertThat(mvc.perform(users.as(users.newCoach(), get("/week/appointments.ics"))).andReturn().getResponse()
                .getContentAsString()).as("another coach's file").doesNotContain(booked.id().toString());
    }

    private static java.time.Instant instant(Temporal start) {
        return ZonedDateTime.from(start).toInstant();
    }

    @Test
    void anotherTeamsCoachNeitherReadsNorWrites() throws Exception {
        mvc.perform(users.as(coach, appointment(today.plusDays(1), "9.00", "10.00", "Kirjasto")));
        Appointment booked = only("Kirjasto");
        String stranger = users.newCoachOfAnotherTeam();
        String before = checksum.of("client_meeting") + checksum.of("appointment");
        mvc.perform(users.as(stranger, get(meetingsOf(client)))).andExpect(status().isNotFound());
        mvc.perform(users.as(stranger, note(today.format(DAY), "9.00", "PHONE", "Vieras")))
                .andExpect(status().isNotFound());
        mvc.perform(users.as(stranger, appointment(today.plusDays(1), "9.00", "10.00", "Vieras")))
                .andExpect(status().isNotFound());
        mvc.perform(users.as(stranger, post(meetingsOf(client) + "/appointments/" + booked.id() + "/cancel")))
                .andExpect(status().isNotFound());
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).isEqualTo(before);
        assertThat(only("Kirjasto").cancelled()).isFalse();
    }

    @Test
    void theCareTeamReadsWithConsentButNeverWrites() throws Exception {
        mvc.perform(users.as(coach, note(today.format(DAY), "9.00", "PHONE", "Soitto")));
        Document page = page("careteam", Locale.forLanguageTag("fi"), meetingsOf(client));
        assertThat(page.select("#meeting-notes li").text()).contains("Soitto");
        assertThat(page.select("form#note-form, form#appointment-form")).isEmpty();
        String before = checksum.of("client_meeting") + checksum.of("appointment");
        assertThat(mvc.perform(users.as("careteam", note(today.format(DAY), "9.00", "PHONE", "Hoitotiimi")))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).isEqualTo(before);
    }

    @Test
    void emergencyAccessReadsButNeverWrites() throws Exception {
        mvc.perform(users.as(coach, appointment(today.plusDays(1), "9.00", "10.00", "Kirjasto")));
        Appointment booked = only("Kirjasto");
        String stranger = teams.emergencyReader(client, "SERVICE_RECORD");
        Document page = page(stranger, Locale.forLanguageTag("fi"), meetingsOf(client));
        assertThat(page.select("#appointments").text()).contains("Kirjasto");
        assertThat(page.select("form")).noneMatch(form -> form.attr("method").equals("post")
                && form.attr("action").startsWith(meetingsOf(client)));
        String before = checksum.of("client_meeting") + checksum.of("appointment");
        for (MockHttpServletRequestBuilder write : List.of(note(today.format(DAY), "9.00", "PHONE", "Hätä"),
                appointment(today.plusDays(1), "9.00", "10.00", "Hätä"),
                post(meetingsOf(client) + "/appointments/" + booked.id() + "/cancel"))) {
            assertThat(mvc.perform(users.as(stranger, write)).andReturn().getResponse().getStatus()).isIn(403, 404);
        }
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).isEqualTo(before);
    }

    @Test
    void malformedOrUnknownIdsAreRefused() throws Exception {
        mvc.perform(users.as(coach, get("/clients/not-an-id/meetings"))).andExpect(status().isNotFound());
        mvc.perform(users.as(coach, get(meetingsOf(client) + "?appointment=not-an-id")))
                .andExpect(status().isBadRequest());
        mvc.perform(users.as(coach, get(meetingsOf(client) + "?appointment=" + UUID.randomUUID())))
                .andExpect(status().isNotFound());
        String before = checksum.of("client_meeting") + checksum.of("appointment");
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/appointments/not-an-id/cancel")))
                .andExpect(status().isNotFound());
        mvc.perform(users.as(coach, post(meetingsOf(client) + "/appointments/" + UUID.randomUUID() + "/cancel")))
                .andExpect(status().isOk());
        mvc.perform(users.as(coach, note(today.format(DAY), "9.00", "PHONE", "Vieras aika")
                .param("appointmentId", UUID.randomUUID().toString()))).andExpect(status().isOk());
        assertThat(checksum.of("client_meeting") + checksum.of("appointment")).isEqualTo(before);
    }
}

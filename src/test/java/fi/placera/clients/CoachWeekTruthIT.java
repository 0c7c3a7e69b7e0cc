package fi.placera.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.jobs.Jobs;
import fi.placera.platform.IpsModel;
import fi.placera.support.FollowAlongSupport;
import fi.placera.support.FollowAlongSupport.Due;
import fi.placera.support.FollowAlongSupport.DueKind;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My week" tells the truth (issue 28 §4, §6; decision 0062): the phase goes on after job search, nothing is overdue
 * on the day it arose, a due that can no longer be met is not there, each task links to where it is met, and stored
 * dates come back within their lead time, on the week of the client's own coach only.
 */
@PlaceraIT
class CoachWeekTruthIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired Jobs jobs;
    @Autowired FollowAlongSupport support;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private String coach;
    private LocalDate today;
    private LocalDate sunday;
    private UUID employer;

    @BeforeEach
    void freshCoach() {
        coach = users.newCoach();
        today = LocalDate.now(clock);
        sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        employer = given.employer("Viikkotyönantaja");
    }

    private Document week() throws Exception {
        return Jsoup.parse(mvc.perform(users.as(coach, get("/week"))).andReturn().getResponse().getContentAsString());
    }

    /** The week's tasks about this client, as "date: name – what" texts. */
    private List<Element> tasksOf(Document week, String lastName) {
        return week.select(".task-list li").stream().filter(task -> task.text().contains(lastName)).toList();
    }

    private String phaseOf(Document week, String lastName) {
        return week.select("table tbody tr").stream().filter(row -> row.text().startsWith(lastName)).findFirst()
                .orElseThrow().select("td").get(1).text();
    }

    private void send(String path, String... params) throws Exception {
        var request = post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(users.as(coach, request)).andExpect(status().is3xxRedirection());
    }

    private UUID job(UUID client, LocalDate startedOn, String contract, LocalDate contractEndsOn) throws Exception {
        var request = post("/clients/" + client + "/jobs").param("key", UUID.randomUUID().toString())
                .param("employerId", employer.toString()).param("jobStartedOn", startedOn.format(DAY))
                .param("hoursPerWeek", "20").param("wageBasis", "HOURLY").param("contractType", contract)
                .param("competitive", "true");
        if (contractEndsOn != null) {
            request.param("contractEndsOn", contractEndsOn.format(DAY));
        }
        mvc.perform(users.as(coach, request)).andExpect(status().is3xxRedirection());
        return jobs.jobsOf(client).get(0).id();
    }

    private String publishedPhase(UUID client) {
        return jdbc.sql("select phase from clients_facts_phase_on(?) where client_id = ?").params(today, client)
                .query(String.class).single();
    }

    @Test
    void thePhaseGoesOnThroughWorkingAndFollowAlongSupportAndEndsWithTheService() throws Exception {
        String agreed = today.minusMonths(2).format(DAY);
        UUID working = given.client(coach).named("Veera", "Töissä").agreedOn(agreed)
                .working(employer, today.minusDays(10).format(DAY)).create();
        UUID supported = given.client(coach).named("Veera", "Tuettu").agreedOn(agreed).create();
        job(supported, today.minusDays(40), "PERMANENT", null);
        UUID job = jobs.jobsOf(supported).get(0).id();
        send("/clients/" + supported + "/jobs/" + job + "/end", "version", "1", "jobEndedOn",
                today.minusDays(5).format(DAY), "jobEndReason", "CLIENT_RESIGNED");
        UUID ended = given.client(coach).named("Veera", "Päättynyt").agreedOn(agreed)
                .working(employer, today.minusDays(20).format(DAY)).create();
        send("/clients/" + ended + "/service/end", "serviceEndedOn", today.format(DAY), "serviceEndReason",
                "CLIENT_CHOICE", "serviceEndDestination", "OTHER", "serviceEndNote", "Muuttaa pois");

        Document week = week();
        assertThat(phaseOf(week, "Töissä")).isEqualTo("Töissä");
        assertThat(phaseOf(week, "Tuettu")).isEqualTo("Jatkuva tuki työn päätyttyä");
        assertThat(week.select("table tbody td:first-child").eachText()).doesNotContain("Päättynyt, Veera");
        assertThat(List.of(publishedPhase(working), publishedPhase(supported), publishedPhase(ended)))
                .containsExactly("WORKING", "FOLLOW_ALONG_SUPPORT", "ENDED");
        assertThat(week.select("table tbody tr td:nth-child(2)").eachText()).doesNotContain("Työnhaku");
    }

    @Test
    void nothingIsOverdueOnTheDayItAroseAndTheContactBeforeALateRecordedJobsStartIsNotApplicable() throws Exception {
        // referred today: the outreach; enrolled today with a plan: counselling, reviews, the baseline questionnaires
        UUID referred = given.client(coach).named("Veera", "Lähete").create();
        send("/clients/" + referred + "/referral", "source", "SELF", "referredOn", today.format(DAY));
        given.client(coach).named("Veera", "Sopimus").agreedOn(today.format(DAY)).plan("Työ", null).create();
        // a job recorded on its start day, a job recorded ten days after it started, a job ended today
        given.client(coach).named("Veera", "Alkaa").agreedOn(today.minusMonths(1).format(DAY))
                .working(employer, today.format(DAY)).create();
        UUID late = given.client(coach).named("Veera", "Jälkikäteen").agreedOn(today.minusMonths(1).format(DAY))
                .working(employer, today.minusDays(10).format(DAY)).create();
        UUID ends = given.client(coach).named("Veera", "Loppuu").agreedOn(today.minusMonths(1).format(DAY))
                .working(employer, today.minusDays(2).format(DAY)).create();
        send("/clients/" + ends + "/jobs/" + jobs.jobsOf(ends).get(0).id() + "/end", "version", "1", "jobEndedOn",
                today.format(DAY), "jobEndReason", "CLIENT_RESIGNED");
        // a change of hours recorded a week after it happened
        send("/clients/" + late + "/jobs/" + jobs.jobsOf(late).get(0).id() + "/terms", "version", "1",
                "termsChangedOn", today.minusDays(7).format(DAY), "newHoursPerWeek", "25", "newWageBasis", "HOURLY");

        Document week = week();
        // what arose today, nothing of it overdue (the month-old agreements' own dues may be)
        assertThat(week.select(".task-list li.overdue").eachText()).noneMatch(task -> task.contains("Veera")
                && !task.contains("seurantamittaus") && !task.contains("palvelun alussa"));
        assertThat(tasksOf(week, "Alkaa")).extracting(Element::text)
                .anyMatch(task -> task.contains("tukikontakti ennen työn alkua"))
                .anyMatch(task -> task.contains("etuusneuvonta ennen työn alkua"));
        assertThat(tasksOf(week, "Jälkikäteen")).extracting(Element::text)
                .noneMatch(task -> task.contains("ennen työn alkua") && task.contains("tukikontakti"))
                .anyMatch(task -> task.startsWith(today.format(DAY)) && task.contains("kolmen päivän sisällä työn alkamisesta"))
                .anyMatch(task -> task.startsWith(today.format(DAY)) && task.contains("etuusneuvonta ennen työn alkua"))
                .anyMatch(task -> task.startsWith(today.format(DAY)) && task.contains("työtuntien tai palkan muuttuessa"));
        for (UUID client : List.of(late, ends)) {
            assertThat(support.schedule(client)).filteredOn(due -> !due.cancelled() && !due.met())
                    .isNotEmpty().noneMatch(due -> due.dueOn().isBefore(today));
        }
        assertThat(support.schedule(ends)).filteredOn(due -> due.kind() == DueKind.AFTER_JOB_END)
                .extracting(Due::dueOn).containsExactly(today.plusDays(3));
    }

    @Test
    void theBaselineQuestionnairesAreNotOverdueInTheFirstTwoWeeksAfterTheAgreement() throws Exception {
        LocalDate agreed = today.minusDays(IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT);
        given.client(coach).named("Veera", "Alkumittaus").agreedOn(agreed.format(DAY)).create();
        assertThat(tasksOf(week(), "Alkumittaus")).filteredOn(task -> task.text().contains("seurantamittaus"))
                .singleElement().satisfies(task -> assertThat(task.hasClass("overdue")).isFalse())
                .satisfies(task -> assertThat(task.text()).startsWith(today.format(DAY)));
        Duration offset = clock.offset();
        try {
            clock.advance(Duration.ofDays(1));
            assertThat(tasksOf(week(), "Alkumittaus")).filteredOn(task -> task.text().contains("seurantamittaus"))
                    .singleElement().satisfies(task -> assertThat(task.hasClass("overdue")).isTrue());
        } finally {
            clock.resetTo(offset);
        }
    }

    @Test
    void eachTaskLinksToThePartOfTheRecordWhereItIsMet() throws Exception {
        UUID referred = given.client(coach).named("Veera", "Linkki-lähete").create();
        send("/clients/" + referred + "/referral", "source", "SELF", "referredOn", today.minusDays(7).format(DAY));
        UUID enrolled = given.client(coach).named("Veera", "Linkki-sopimus").agreedOn(today.minusMonths(3).format(DAY))
                .plan("Työ", null).working(employer, today.format(DAY)).create();
        send("/clients/" + enrolled + "/consents", "party", "CARE_TEAM:" + Given.CARE_VAASA, "kind", "SERVICE_RECORD",
                "validFrom", today.minusMonths(3).format(DAY), "validUntil", sunday.format(DAY));
        send("/clients/" + enrolled + "/disclosure", "key", UUID.randomUUID().toString(), "discussedOn",
                today.format(DAY), "disclosureDecision", "UNDECIDED", "revisitOn", sunday.format(DAY));
        UUID measured = given.client(coach).named("Veera", "Linkki-mittaus")
                .agreedOn(today.minusDays(IpsModel.FIRST_QUESTIONNAIRES_DAYS_AFTER_ENROLMENT).format(DAY)).create();
        Document week = week();
        assertThat(tasksOf(week, "Linkki-mittaus")).filteredOn(task -> task.text().contains("seurantamittaus"))
                .extracting(task -> task.select("a").attr("href")).containsExactly("/clients/" + measured + "/evaluation");
        assertThat(tasksOf(week, "Linkki-lähete")).extracting(task -> task.select("a").attr("href"))
                .containsExactly("/clients/" + referred + "/referral");
        assertThat(tasksOf(week, "Linkki-sopimus")).extracting(task -> task.select("a").attr("href"))
                .contains("/clients/" + enrolled + "/plan", "/clients/" + enrolled + "/counselling",
                        "/clients/" + enrolled + "/support",
                        "/clients/" + enrolled + "/consents", "/clients/" + enrolled + "/profile")
                .allMatch(href -> href.startsWith("/clients/" + enrolled + "/"));
    }

    @Test
    void aJobThatEndedAsksForTheVocationalProfileUntilOneIsSavedAfterTheEnd() throws Exception {
        UUID client = given.client(coach).named("Ville", "Profiili").agreedOn(today.minusMonths(2).format(DAY)).create();
        UUID job = job(client, today.minusDays(30), "PERMANENT", null);
        assertThat(tasksOf(week(), "Profiili")).extracting(Element::text).noneMatch(task -> task.contains("profiili"));
        send("/clients/" + client + "/jobs/" + job + "/end", "version", "1", "jobEndedOn",
                today.minusDays(2).format(DAY), "jobEndReason", "CLIENT_RESIGNED");
        assertThat(tasksOf(week(), "Profiili")).filteredOn(task -> task.text().contains("päivitä ammatillinen profiili"))
                .singleElement().satisfies(task -> assertThat(task.text()).contains(today.minusDays(2).format(DAY) + ": Ville Profiili"))
                .satisfies(task -> assertThat(task.select("a").attr("href")).isEqualTo("/clients/" + client + "/profile"));
        send("/clients/" + client + "/profile", "preferredWork", "Jotain muuta kuin varastotyötä");
        assertThat(tasksOf(week(), "Profiili")).extracting(Element::text).noneMatch(task -> task.contains("profiili"));
    }

    @Test
    void storedDatesComeBackWithinTheirLeadTimeAndNotBefore() throws Exception {
        String agreed = today.minusMonths(2).format(DAY);
        UUID soon = given.client(coach).named("Veera", "Ajoissa").agreedOn(agreed).create();
        UUID later = given.client(coach).named("Veera", "Myöhemmin").agreedOn(agreed).create();
        LocalDate consentEnds = sunday.plusDays(IpsModel.CONSENT_EXPIRY_LEAD_DAYS);
        LocalDate contractEnds = sunday.plusDays(IpsModel.CONTRACT_END_LEAD_DAYS);
        LocalDate revisit = sunday.plusDays(IpsModel.DISCLOSURE_REVISIT_LEAD_DAYS);
        LocalDate followUp = sunday.plusDays(IpsModel.EMPLOYER_FOLLOW_UP_LEAD_DAYS);
        for (UUID client : List.of(soon, later)) {
            int dayLater = client.equals(soon) ? 0 : 1;
            send("/clients/" + client + "/consents", "party", "CARE_TEAM:" + Given.CARE_VAASA, "kind", "SERVICE_RECORD",
                    "validFrom", agreed, "validUntil", consentEnds.plusDays(dayLater).format(DAY));
            send("/clients/" + client + "/consents", "party", "EMPLOYER:" + employer, "kind", "EMPLOYMENT",
                    "validFrom", agreed);
            job(client, today.minusDays(30), "FIXED_TERM", contractEnds.plusDays(dayLater));
            send("/clients/" + client + "/disclosure", "key", UUID.randomUUID().toString(), "discussedOn",
                    today.format(DAY), "disclosureDecision", "UNDECIDED", "revisitOn", revisit.plusDays(dayLater).format(DAY));
            send("/employers/" + employer + "/agreements", "key", UUID.randomUUID().toString(), "agreedOn",
                    today.format(DAY), "clientId", client.toString(), "supports", "Perehdytys",
                    "followUpOn", followUp.plusDays(dayLater).format(DAY));
        }
        Document week = week();
        assertThat(tasksOf(week, "Ajoissa")).extracting(Element::text).contains(
                consentEnds.format(DAY) + ": Veera Ajoissa – suostumus tietojen vaihtoon päättyy " + consentEnds.format(DAY)
                        + ": uusitaanko?",
                contractEnds.format(DAY) + ": Veera Ajoissa – määräaikainen työsopimus päättyy " + contractEnds.format(DAY),
                revisit.format(DAY) + ": Veera Ajoissa – palaa kertomispäätökseen (sovittu " + revisit.format(DAY) + ")");
        assertThat(tasksOf(week, "Ajoissa")).filteredOn(task -> task.text().contains("työnantajasopimuksen seuranta"))
                .singleElement().satisfies(task -> assertThat(task.text()).startsWith(followUp.format(DAY)))
                .satisfies(task -> assertThat(task.select("a").attr("href"))
                        .isEqualTo("/employers/" + employer + "#agreements-heading"));
        assertThat(tasksOf(week, "Ajoissa")).filteredOn(task -> task.text().contains("määräaikainen"))
                .extracting(task -> task.select("a").attr("href")).containsExactly("/clients/" + soon + "/jobs");
        assertThat(tasksOf(week, "Myöhemmin")).extracting(Element::text)
                .noneMatch(task -> task.contains("suostumus") || task.contains("määräaikainen")
                        || task.contains("kertomispäätökseen") || task.contains("työnantajasopimuksen"));
        Duration offset = clock.offset();
        try {
            clock.advance(Duration.ofDays(7));
            assertThat(tasksOf(week(), "Myöhemmin")).extracting(Element::text)
                    .anyMatch(task -> task.contains("suostumus tietojen vaihtoon päättyy"))
                    .anyMatch(task -> task.contains("määräaikainen työsopimus päättyy"))
                    .anyMatch(task -> task.contains("palaa kertomispäätökseen"))
                    .anyMatch(task -> task.contains("työnantajasopimuksen seuranta"));
        } finally {
            clock.resetTo(offset);
        }
    }

    @Test
    void aConsentContinuedByANewOneDoesNotComeBack() throws Exception {
        String agreed = today.minusMonths(2).format(DAY);
        UUID client = given.client(coach).named("Veera", "Jatkettu").agreedOn(agreed).create();
        send("/clients/" + client + "/consents", "party", "CARE_TEAM:" + Given.CARE_VAASA, "kind", "SERVICE_RECORD",
                "validFrom", agreed, "validUntil", sunday.format(DAY));
        assertThat(tasksOf(week(), "Jatkettu")).extracting(Element::text).anyMatch(task -> task.contains("suostumus"));
        send("/clients/" + client + "/consents", "party", "CARE_TEAM:" + Given.CARE_VAASA, "kind", "SERVICE_RECORD",
                "validFrom", sunday.plusDays(1).format(DAY));
        assertThat(tasksOf(week(), "Jatkettu")).extracting(Element::text).noneMatch(task -> task.contains("suostumus"));
    }

    @Test
    void anotherTeamsClientsDatesNeverComeOnMyWeek() throws Exception {
        String stranger = users.newCoachOfAnotherTeam();
        UUID team = jdbc.sql("""
                        select m.ips_team_id from ips_team_membership m
                        join user_account a on a.staff_member_id = m.staff_member_id where a.username = ?""")
                .param(stranger).query(UUID.class).single();
        String agreed = today.minusMonths(2).format(DAY);
        UUID client = given.client(stranger).ofTeam(team).named("Veera", "Vieras").agreedOn(agreed).create();
        mvc.perform(users.as(stranger, post("/clients/" + client + "/consents")).param("party", "CARE_TEAM:" + Given.CARE_VAASA)
                .param("kind", "SERVICE_RECORD").param("validFrom", agreed).param("validUntil", sunday.format(DAY)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(users.as(stranger, post("/clients/" + client + "/disclosure")).param("key", UUID.randomUUID().toString())
                .param("discussedOn", today.format(DAY)).param("disclosureDecision", "UNDECIDED")
                .param("revisitOn", sunday.format(DAY))).andExpect(status().is3xxRedirection());
        given.client(coach).named("Veera", "Oma").agreedOn(agreed).create();
        Document week = week();
        assertThat(week.text()).doesNotContain("Vieras").doesNotContain(client.toString());
        assertThat(week.select(".task-list a").eachAttr("href")).noneMatch(href -> href.contains(client.toString()));
        Document theirs = Jsoup.parse(mvc.perform(users.as(stranger, get("/week"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(tasksOf(theirs, "Vieras")).extracting(Element::text)
                .anyMatch(task -> task.contains("suostumus")).anyMatch(task -> task.contains("kertomispäätökseen"));
    }
}

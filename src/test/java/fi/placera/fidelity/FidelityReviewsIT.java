package fi.placera.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.identity.PlaceraUser;
import fi.placera.imports.ImportResult;
import fi.placera.imports.TrackerFiles;
import fi.placera.imports.TrackerImports;
import fi.placera.organisation.Organisation;
import fi.placera.platform.IpsModel;
import fi.placera.reporting.Outcomes;
import fi.placera.steering.SteeringGroups;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import fi.placera.worktime.CoachTime;
import fi.placera.worktime.CoachTime.Activity;
import fi.placera.worktime.CoachTime.Place;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A review of a hand-built team from opening to publishing. The team over the first half of 2026: coach A full
 * time, coach B half time (1.5 FTE); clients c1 and c2 of A enrolled in the period, c3 of B enrolled before it,
 * c4 of A out of service in March; r5–r8 referred in the period and never enrolled. Every proposal below is
 * worked out by hand from these records.
 */
@PlaceraIT
class FidelityReviewsIT {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate TO = LocalDate.parse("2026-06-30");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired FidelityReviews reviews;
    @Autowired CoachTime coachTime;
    @Autowired TestTeams teams;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TrackerImports imports;
    @Autowired Organisation organisation;
    @Autowired UserDetailsService accounts;
    @Autowired Outcomes outcomes;
    @Autowired Clock clock;
    @Autowired fi.placera.testing.Given given;
    @Autowired SteeringGroups steering;

    private TestTeams.Team team;
    private String leader;
    private UUID coachA;
    private UUID coachB;
    private UUID employer;
    private UUID r5;
    private UUID c1;
    private UUID c2;
    private UUID c3;
    private String coachAUser;

    @BeforeEach
    void handBuiltTeam() {
        team = teams.create("Uskollisuustiimi");
        leader = team.member("Johtaja", "TEAM_LEADER", "1");
        coachAUser = team.member("Aalto", "COACH", "1");
        coachA = team.staffMemberOf(coachAUser);
        coachB = team.staffMemberOf(team.member("Berg", "COACH", "0.5"));
        employer = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, 17, ?, ?, 0)")
                .params(employer, "Uskollinen Oy " + employer, "uskollinen oy " + employer).update();
        UUID ownCareTeam = careTeam(coachA);
        UUID otherCareTeam = careTeam(null);

        c1 = enrolled(coachA, "2026-01-10");
        referred(c1, ownCareTeam);
        contact(c1, "2026-01-30");                    // 20 days
        job(c1, "2026-04-01", true);
        due(c1, "2026-04-01", "2026-04-03");
        supportContact(c1, "2026-04-02");             // met in its window, by coach A
        profileMeeting(c1, 1, "2026-01-15", coachA);
        profileMeeting(c1, 2, "2026-01-22", coachA);
        profileMeeting(c1, 3, "2026-01-29", coachA);
        profile(c1, "2026-01-29");                    // in the third meeting: in time
        counselled(c1, "2026-03-01");
        due(c1, "2026-05-01", "2026-05-08");          // nobody met it
        c2 = enrolled(coachA, "2026-02-01");
        referred(c2, otherCareTeam);
        contact(c2, "2026-03-13");                    // 40 days: the mean is exactly 30
        job(c2, "2026-05-01", false);
        profileMeeting(c2, 1, "2026-02-05", coachB);  // a phase done by another coach
        profileMeeting(c2, 2, "2026-02-12", coachA);
        profileMeeting(c2, 3, "2026-02-19", coachA);
        profileMeeting(c2, 4, "2026-02-26", coachA);
        profile(c2, "2026-02-26");                    // in the fourth meeting: late
        c3 = enrolled(coachB, "2025-12-01");
        profile(c3, "2025-11-20");                    // profile work before the period
        counselled(c3, "2026-07-15");                 // after the period
        UUID c4 = enrolled(coachA, "2025-06-01");
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, 17, '2026-03-01', 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                .params(UUID.randomUUID(), c4, UUID.randomUUID()).update();
        r5 = referredOnly("Tavoittamaton", "2026-02-01", "2026-03-15", "UNREACHABLE");
        outreach(r5, "2026-02-03");
        outreach(r5, "2026-02-10");
        outreach(r5, "2026-02-20");
        referredOnly("Kieltäytyi", "2026-03-01", "2026-03-10", "CLIENT_CHOICE");
        outreach(referredOnly("Avoin", "2026-06-01", null, null), "2026-06-05");
        // given up on after the period: at its end still open, and the only outreach came after it
        outreach(referredOnly("Myöhäinen", "2026-06-20", "2026-07-20", "UNREACHABLE"), "2026-07-01");
        // one week of coach A: 26 of 40 hours in the community, all of it employment work
        coachTime.record(coachA, (short) 17, LocalDate.parse("2026-03-02"), Map.of(Activity.JOB_DEVELOPMENT,
                Map.of(Place.COMMUNITY, new BigDecimal("26"), Place.OFFICE, new BigDecimal("14"))), UUID.randomUUID());
    }

    @Test
    void placeraProposesTheScoresWorkedOutByHand() {
        Review review = reviews.find(open(List.of("Arvioija Yksi", "Arvioija Kaksi"))).orElseThrow();
        // caseload c1, c2, c3 (c4 left in March) over 1.5 FTE: 2.0 per FTE
        assertProposal(review.item("S1"), 5, "3", "1.5", "2.0");
        // c1 of the three was referred by a care team of their coach: 33.3 %
        assertProposal(review.item("O1"), 2, "1", "3", "33.3");
        // (20 + 40) / 2 = 30.0 days, the last value that scores 5; two enrolled in the period
        assertProposal(review.item("V4"), 5, "30.0", "2");
        // 2 face-to-face contacts by the 2 coaches with served clients over 181 days: 0.04 a week
        assertProposal(review.item("V6"), 1, "0.0");
        // c1's job is competitive, c2's is not
        assertProposal(review.item("V10"), 2, "1", "2", "50.0");
        // both jobs are with the same employer; no job has an occupation recorded
        assertProposal(review.item("V9"), 2, "1", "2", "50.0");
        assertThat(review.item("V8").proposedScore()).isNull();
        // one of c1's two support contacts due was met
        assertProposal(review.item("V12"), 3, "1", "2", "50.0");
        assertProposal(review.item("V13"), 5, "40.0", "65.0");
        assertProposal(review.item("S2"), 5, "40.0", "100.0");
        // no contact recorded whether it followed a preference; the rest the records cannot answer
        assertThat(review.item("V5").proposedScore()).isNull();
        assertThat(review.item("O2").proposedScore()).isNull();
        // c1's intake, profile meetings, employer contact and support were all coach A's; one of c2's meetings was B's
        assertProposal(review.item("S3"), 3, "1", "2", "50.0");
        // referrals r5–r8: only r5 ended as unreachable by the period's end (r8 only after it): 3 of 4
        assertProposal(review.item("O6"), 3, "3", "4", "75.0");
        // of the caseload c1, c2, c3 only c1 was counselled by the period's end (c3 after it)
        assertProposal(review.item("V1"), 2, "1", "3", "33.3");
        // profile work began in the period for c1 (profile in the 3rd meeting) and c2 (in the 4th); c3 before it
        assertProposal(review.item("V3"), 3, "1", "2", "50.0");
        // none of r5–r8 was enrolled; r5 and r7 had outreach in the period, r6 none and r8 only after it
        assertProposal(review.item("V14"), 3, "2", "4", "50.0");
        // c1, c2 and c3 of the caseload have a profile (c1, c2 a job too) and none discussed disclosure: 0 of 3
        assertProposal(review.item("V2"), 1, "0", "3", "0.0");
        // no meeting or client contact with employment services or Kela recorded: nothing to propose from
        assertThat(review.item("O3").proposedScore()).isNull();
        assertThat(review.item("O3").proposedFigures()).isEmpty();
        assertThat(review.items()).hasSize(25);
        assertThat(review.state()).isEqualTo(FidelityReviews.State.DRAFT);
    }

    @Test
    void aReviewGoesFromDraftToPublishedRefusingBadInputAndIsThenReadOnly() throws Exception {
        String location = mvc.perform(users.as(leader, post("/fidelity")).param("team", team.code())
                        .param("key", UUID.randomUUID().toString()).param("from", "1.1.2026").param("to", "30.6.2026")
                        .param("reviewedOn", "15.8.2026").param("reviewers", "Arvioija Yksi"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/fidelity/".length()));
        Document page = page(users.as(leader, get(location)));
        assertThat(page.getElementById("proposal-S1").text()).startsWith("Placera ehdottaa 5: 3 aktiivista asiakasta");
        MultiValueMap<String, String> form = formOf(page);

        form.set("score-S1", "7");
        form.set("evidence-S1", "Laskettu asiakasrekisteristä");
        Document refused = save(id, form);
        assertThat(refused.getElementById("score-S1-error").text()).isEqualTo("Anna pisteet väliltä 1–5.");
        assertThat(refused.getElementById("evidence-S1").text()).isEqualTo("Laskettu asiakasrekisteristä");
        form.set("score-S1", "5");

        form.set("score-V4", "4");
        assertThat(save(id, form).getElementById("reason-V4-error").text())
                .isEqualTo("Pisteet poikkeavat ehdotuksesta 5: kirjoita perustelu.");
        form.set("reason-V4", "Kaksi asiakasta on liian pieni otos");

        form.set("step", "PUBLISH");
        assertThat(save(id, form).select(".alert--error").text()).contains("Pisteyttämättä: O2, O3");
        form.keySet().stream().filter(field -> field.startsWith("score-") && form.getFirst(field).isEmpty()).toList()
                .forEach(field -> form.set(field, "4"));
        form.set("step", "AGREE");
        assertThat(save(id, form).getElementById("reviewers-error").text()).startsWith("Arvioinnin sopii ja julkaisee vähintään 2");
        form.set("reviewers", "Arvioija Yksi\nUlkoinen Arvioija");
        mvc.perform(users.as(leader, post("/fidelity/" + id)).params(form)).andExpect(status().is3xxRedirection());
        assertThat(reviews.find(id).orElseThrow().state()).isEqualTo(FidelityReviews.State.AGREED);

        form.set("version", Integer.toString(reviews.find(id).orElseThrow().version()));
        form.set("step", "PUBLISH");
        assertThat(save(id, form).getElementById("action-S3-error").text()).isEqualTo("Täytä tämä kenttä.");
        for (String weak : List.of("S3", "O1", "O6", "V1", "V2", "V3", "V6", "V9", "V10", "V12", "V14")) {
            form.set("action-" + weak, "Sovitaan toimet tiimikokouksessa");
            form.set("owner-" + weak, "Tiimin esihenkilö");
            form.set("due-" + weak, "31.12.2026");
        }
        mvc.perform(users.as(leader, post("/fidelity/" + id)).params(form)).andExpect(status().is3xxRedirection());

        Review published = reviews.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(FidelityReviews.State.PUBLISHED);
        assertThat(published.item("V4").overrideReason()).isEqualTo("Kaksi asiakasta on liian pieni otos");
        // 10 items at 4, and S1 5, S2 5, S3 3, O1 2, O6 3, V1 2, V2 1, V3 3, V4 4, V6 1, V9 2, V10 2, V12 3, V13 5,
        // V14 3
        assertThat(published.total()).isEqualTo(84);

        form.set("step", "SAVE");
        form.set("score-S1", "1");
        assertThat(save(id, form).select(".alert--error").text()).contains("Arviointi on julkaistu");
        assertThat(reviews.find(id).orElseThrow().item("S1").score()).isEqualTo(5);
        mvc.perform(users.as(leader, get("/fidelity/" + id))).andExpect(status().is3xxRedirection());

        Document report = page(users.as("evaluator", get("/fidelity/" + id + "/report")));
        assertThat(report.getElementById("review-total").text()).isEqualTo("Yhteensä 84 / 125");
        assertThat(report.getElementById("review-band").text()).isEqualTo("Kohtalainen");
        assertThat(report.select("#chart-profile-data tbody tr")).hasSize(25);
        assertThat(report.select("#action-plan tbody tr")).hasSize(11);
        assertThat(page(users.as("evaluator", get("/fidelity")).param("team", team.code()))
                .select("#fidelity-reviews tbody tr")).hasSize(1);
        mvc.perform(users.as("evaluator", get("/fidelity/" + id))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(users.as("evaluator", get("/fidelity/" + id + "/report.pdf")).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = fi.placera.testing.PdfText.pages(pdf).get(0);
        assertThat(text).contains("Arviointiraportti", "Uskollisuustiimi, 1.1.2026–30.6.2026", "Yhteensä 84 / 125",
                "Tila: Julkaistu").doesNotContain("LUONNOS");
    }

    @Test
    void anOverlappingPeriodIsWarnedAndADraftIsHiddenFromEvaluatorsAndOtherTeams() throws Exception {
        open(List.of("Arvioija Yksi", "Arvioija Kaksi"));
        UUID second = reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team.id(), TO.minusMonths(1),
                TO.plusMonths(2), TO.plusMonths(2), List.of("Arvioija Yksi"), UUID.randomUUID()));
        Document page = page(users.as(leader, get("/fidelity/" + second)));
        assertThat(page.getElementById("overlap-warning").text()).contains("1.1.2026–30.6.2026");
        mvc.perform(users.as("evaluator", get("/fidelity/" + second + "/report"))).andExpect(status().isNotFound());
        mvc.perform(users.as(users.newCoachOfAnotherTeam(), get("/fidelity/" + second + "/report")))
                .andExpect(status().isNotFound());
        assertThat(page(users.as("manager", get("/fidelity/" + second + "/report"))).getElementById("review-state").text())
                .isEqualTo("Luonnos");
    }

    @Test
    void theRecordsBehindAPreScoreAreListedForTheTeamAndItsManagersButNotForEvaluators() throws Exception {
        UUID id = open(List.of("Arvioija Yksi", "Arvioija Kaksi"));
        assertThat(page(users.as(leader, get("/fidelity/" + id))).getElementById("records-O6").attr("href"))
                .isEqualTo("/fidelity/" + id + "/items/O6");

        Document o6 = page(users.as(leader, get("/fidelity/" + id + "/items/O6")));
        assertThat(o6.select("#evidence-records tbody th").eachText()).containsExactly("Lähete Tavoittamaton",
                "Lähete Kieltäytyi", "Lähete Avoin", "Lähete Myöhäinen");
        assertThat(o6.select("#evidence-records tbody td:nth-of-type(2)").eachText())
                .containsExactly("Ei", "Kyllä", "Kyllä", "Kyllä");
        assertThat(o6.getElementById("item-proposal").text()).startsWith("Placera ehdottaa 3: 3/4");
        UUID leaderAccount = jdbc.sql("select id from user_account where username = ?").param(leader)
                .query(UUID.class).single();
        // one decision per client on the page, each logged
        assertThat(jdbc.sql("""
                        select count(*) from access_log where account_id = ? and outcome = 'GRANTED'
                          and purpose = 'Fidelity review: records behind a pre-score'""")
                .param(leaderAccount).query(Integer.class).single()).isEqualTo(4);

        // the lists behind the figures have as many records as the figures count
        assertThat(page(users.as(leader, get("/fidelity/" + id + "/items/S1"))).select("#evidence-records tbody tr"))
                .hasSize(3);
        assertThat(page(users.as(leader, get("/fidelity/" + id + "/items/V12")))
                .select("#evidence-records tbody td:nth-of-type(2)").eachText()).containsExactly("Kyllä", "Ei");
        assertThat(page(users.as(leader, get("/fidelity/" + id + "/items/V3")))
                .select("#evidence-records tbody td:nth-of-type(2)").eachText()).containsExactly("Kyllä", "Ei");
        // V4: the two clients enrolled in the period, each with the day of their first face-to-face contact
        assertThat(page(users.as(leader, get("/fidelity/" + id + "/items/V4")))
                .select("#evidence-records tbody td:nth-of-type(1)").eachText()).containsExactly("30.1.2026", "13.3.2026");
        // figures from coach time or the outcome report, and items without a pre-score, have no list
        mvc.perform(users.as(leader, get("/fidelity/" + id + "/items/S2"))).andExpect(status().isNotFound());
        mvc.perform(users.as(leader, get("/fidelity/" + id + "/items/O2"))).andExpect(status().isNotFound());

        // a manager of the area works on the review but sees no client's name
        assertThat(page(users.as("manager", get("/fidelity/" + id + "/items/O6"))).select("#evidence-records tbody th")
                .eachText()).containsOnly("Ei näytetä sinulle").hasSize(4);
        mvc.perform(users.as("evaluator", get("/fidelity/" + id + "/items/O6"))).andExpect(status().isNotFound());
        mvc.perform(users.as(users.newCoachOfAnotherTeam(), get("/fidelity/" + id + "/items/O6")))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachReviewerScoresBeforeTheConsensusAndTheReportShowsTheirScores() throws Exception {
        UUID id = open(List.of("Arvioija Yksi", "Arvioija Kaksi"));
        MultiValueMap<String, String> form = formOf(page(users.as(leader, get("/fidelity/" + id))));
        form.set("reviewer-score-S1-0", "9");
        form.set("reviewer-score-S1-1", "5");
        Document refused = save(id, form);
        assertThat(refused.getElementById("reviewer-score-S1-0-error").text()).isEqualTo("Anna pisteet väliltä 1–5.");
        assertThat(refused.select("#reviewer-score-S1-1 option[selected]").val()).isEqualTo("5");
        assertThat(reviews.find(id).orElseThrow().item("S1").reviewerScores()).isEmpty();

        form.set("reviewer-score-S1-0", "4");
        form.set("reviewer-score-V1-1", "3");
        mvc.perform(users.as(leader, post("/fidelity/" + id)).params(form)).andExpect(status().is3xxRedirection());
        Review saved = reviews.find(id).orElseThrow();
        assertThat(saved.item("S1").reviewerScores()).containsExactly(4, 5);
        assertThat(saved.item("V1").reviewerScores()).containsExactly(null, 3);
        assertThat(saved.item("S1").score()).isEqualTo(5);

        Document report = page(users.as(leader, get("/fidelity/" + id + "/report")));
        assertThat(report.select("#reviewer-scores thead th").eachText())
                .containsExactly("Osio", "Arvioija Yksi", "Arvioija Kaksi", "Yhteinen pistemäärä");
        assertThat(report.select("#reviewer-scores tbody tr").get(0).select("th, td").eachText())
                .containsExactly("S1", "4", "5", "5");
        Document again = page(users.as(leader, get("/fidelity/" + id)));
        assertThat(again.select("#reviewer-score-V1-1 option[selected]").val()).isEqualTo("3");

        byte[] pdf = mvc.perform(users.as(leader, get("/fidelity/" + id + "/report.pdf"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(fi.placera.testing.PdfText.of(pdf)).contains("Kunkin arvioijan omat pisteet ennen yhteistä pistemäärää",
                "Arvioija Yksi", "Arvioija Kaksi", "Yhteinen pistemäärä");
    }

    @Test
    void aDraftsPdfSaysDraftWithItsDayAndReviewersOnEveryPageAndPrintsNamesInAnyScript() throws Exception {
        UUID id = open(fi.placera.testing.PdfText.NAMES);
        byte[] pdf = mvc.perform(users.as(leader, get("/fidelity/" + id + "/report.pdf")).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> pages = fi.placera.testing.PdfText.pages(pdf);
        String reviewedOn = TO.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page)
                .contains("LUONNOS – ei julkaistu · arviointipäivä " + reviewedOn));
        assertThat(pages.get(0)).contains("Tila: Luonnos · Arviointipäivä " + reviewedOn)
                .contains(fi.placera.testing.PdfText.NAMES);
    }

    /**
     * A team moved in from its tracker (issue 29), worked out by hand. Coach K1 (1.0 FTE): i1 enrolled 10.1., profile
     * 1.2., jobs "Barista" at E1 (1.3., competitive) and " BARISTA " at E2 (1.4., competitive); i2 enrolled 20.1.,
     * profile 10.2., "Siivooja" at E3 on 10.1. (before enrolment: no placement), "Kokki" at E1 (1.5., not
     * competitive). Coach K2 (1.0 FTE): i3 referred 1.6. and enrolled only on 15.7., after the period.
     */
    @Test
    void aTrackersTeamIsPreScoredAsAnIndependentRecomputationFromTheScalesWordsWould() throws Exception {
        TestTeams.Team moved = teams.create("Tuotu tiimi");
        String movedLeader = moved.member("Vetäjä", "TEAM_LEADER", "1");
        String k1 = moved.member("Koski", "COACH", "1");
        String k2 = moved.member("Kallio", "COACH", "1");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ImportResult imported = imports.store(organisation.ipsTeamByCode(moved.code()).orElseThrow(), TrackerFiles.csv(Map.of(
                "clients", String.join("\n",
                        "client_ref,coach_ref,referral_date,enrolment_date,vocational_profile_date",
                        "i1," + k1 + ",2025-12-01,2026-01-10,2026-02-01",
                        "i2," + k1 + ",2026-01-05,2026-01-20,2026-02-10",
                        "i3," + k2 + ",2026-06-01,2026-07-15,") + "\n",
                "jobs", String.join("\n",
                        "client_ref,employer_name,job_title,start_date,competitive",
                        "i1,E1 " + suffix + ",Barista,2026-03-01,yes",
                        "i1,E2 " + suffix + ",\" BARISTA \",2026-04-01,yes",
                        "i2,E3 " + suffix + ",Siivooja,2026-01-10,yes",
                        "i2,E1 " + suffix + ",Kokki,2026-05-01,no") + "\n",
                "employer_contacts", "coach_ref,contact_date,employer_name,face_to_face\n").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(entry -> entry.getKey() + ".csv",
                        entry -> entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                (PlaceraUser) accounts.loadUserByUsername(movedLeader), FINNISH);
        assertThat(imported.errors()).isEmpty();
        // a support contact an administrator (no staff member) recorded for i1: nobody else's phase either
        UUID i1 = jdbc.sql("select client_id from client_external_ref where ips_team_id = ? and client_ref = 'i1'")
                .param(moved.id()).query(UUID.class).single();
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     recorded_by, idempotency_key)
                        values (?, ?, 17, '2026-03-05', false, '{CLIENT}',
                                (select id from user_account where staff_member_id is null order by username limit 1), ?)""")
                .params(UUID.randomUUID(), i1, UUID.randomUUID()).update();
        Review review = reviews.find(reviews.open(new NewReview(UUID.randomUUID(), (short) 17, moved.id(), FROM, TO,
                TO.plusDays(10), List.of("Arvioija"), UUID.randomUUID()))).orElseThrow();

        // V3: the tracker's profile dates are saved profiles, both made in the period: 2 of 2
        assertProposal(review.item("V3"), 5, "2", "2", "100.0");
        // S3: the import recorded i1's and i2's enrolments and profiles as their coach K1's, not the leader's
        assertProposal(review.item("S3"), 5, "2", "2", "100.0");
        // the caseload on 30.6. is i1, i2 (in service) and i3 (referral open, enrolled after): 3 over 2.0 FTE
        assertProposal(review.item("S1"), 5, "3", "2.0", "1.5");
        assertProposal(review.item("V1"), 1, "0", "3", "0.0");
        assertThat(reviews.evidenceRecords(review, "S1").orElseThrow()).hasSize(3);
        // placements: i1's two jobs and i2's "Kokki"; "Siivooja" began before i2's enrolment
        // V8: "Barista" and " BARISTA " are one job type: 2 of 3
        assertProposal(review.item("V8"), 3, "2", "3", "66.7");
        // V9: E1 twice and E2: 2 of 3
        assertProposal(review.item("V9"), 3, "2", "3", "66.7");
        // V10: 2 of the 3 are competitive, and those 2 are the outcome report's job starts
        assertProposal(review.item("V10"), 3, "2", "3", "66.7");
        assertThat(outcomes.of(fi.placera.reporting.Outcomes.Scope.team(moved.id()), FROM, TO).jobStarts()).isEqualTo(2);
        assertThat(reviews.evidenceRecords(review, "V10").orElseThrow())
                .extracting(FidelityReviews.EvidenceRecord::counted).containsExactly(true, true, false);
        // the review's records page lists the same three placements as its figure counts
        assertThat(page(users.as(movedLeader, get("/fidelity/" + review.id() + "/items/V10")))
                .select("#evidence-records tbody td:nth-of-type(2)").eachText()).containsExactly("Kyllä", "Kyllä", "Ei");
    }

    /**
     * O3 over the 181 days of the period: 6 scheduled meetings with employment services or Kela are 6 × 30.4375 ÷ 181
     * = 1.009, shown 1.0 a month (monthly); 20 client contacts are 20 × 7 ÷ 181 = 0.77, shown 0.8 a week (not weekly):
     * 4. Six more contacts make 26 × 7 ÷ 181 = 1.006, shown 1.0 a week: monthly and weekly, 5. Another team's
     * meeting and the contacts after the period count for nothing.
     */
    @Test
    void o3IsScoredOnTheModelsCutPointsFromTheTeamsMeetingsAndClientContactsWithTheAgencies() throws Exception {
        for (String day : List.of("2026-01-15", "2026-02-12", "2026-03-12", "2026-04-16", "2026-05-14", "2026-06-11")) {
            agencyMeeting(team.id(), day.endsWith("2") ? "KELA" : "EMPLOYMENT_SERVICES", day);
        }
        agencyMeeting(team.id(), "KELA", "2026-07-02");
        agencyMeeting(teams.create("Toinen tiimi").id(), "KELA", "2026-03-03");
        for (int week = 0; week < 20; week++) {
            agencyContact(week % 2 == 0 ? c1 : c2, FROM.plusWeeks(week));
        }
        agencyContact(c1, TO.plusDays(1));

        Review monthly = reviews.find(open(List.of("Arvioija"))).orElseThrow();
        assertProposal(monthly.item("O3"), 4, "6", "1.0", "20", "0.8");

        for (int day = 0; day < 6; day++) {
            agencyContact(c3, LocalDate.parse("2026-06-20").plusDays(day));
        }
        UUID id = open(List.of("Arvioija"));
        assertProposal(reviews.find(id).orElseThrow().item("O3"), 5, "6", "1.0", "26", "1.0");
        Document page = page(users.as(leader, get("/fidelity/" + id)));
        assertThat(page.getElementById("proposal-O3").text()).startsWith("Placera ehdottaa 5: 6 sovittua tapaamista");
        // the records page lists the client contacts the figure counts
        assertThat(page(users.as(leader, get(page.getElementById("records-O3").attr("href"))))
                .select("#evidence-records tbody tr")).hasSize(26);
    }

    /**
     * V2 over the caseload c1, c2, c3, each in job search (a profile) or work: c1 talked the pros and cons through
     * on 1.2. with a revisit on 1.3. and came back to it on 25.2. (counts); c2 wrote down the pros only (does not);
     * c3 the pros and cons on 15.1. but the revisit of 1.4. passed without a discussion (does not): 1 of 3, 33.3 %.
     */
    @Test
    void v2CountsTheClientsInJobSearchOrWorkWhoseDisclosureWasDiscussedWithItsProsAndConsAndRevisited()
            throws Exception {
        disclosure(c1, "2026-02-01", "Tuki työpaikalla", "Leimautuminen", "2026-03-01");
        disclosure(c1, "2026-02-25", null, null, null);
        disclosure(c2, "2026-02-10", "Tuki työpaikalla", " ", null);
        disclosure(c3, "2026-01-15", "Joustot", "Ennakkoluulot", "2026-04-01");

        UUID id = open(List.of("Arvioija"));
        assertProposal(reviews.find(id).orElseThrow().item("V2"), 2, "1", "3", "33.3");
        Document records = page(users.as(leader, get("/fidelity/" + id + "/items/V2")));
        assertThat(records.select("#evidence-records tbody td:nth-of-type(1)").eachText())
                .containsExactly("15.1.2026", "10.2.2026", "25.2.2026");
        assertThat(records.select("#evidence-records tbody td:nth-of-type(2)").eachText())
                .containsExactly("Ei", "Ei", "Kyllä");

        // c3 comes back to it on 1.4.: the revisit is kept
        disclosure(c3, "2026-04-01", null, null, null);
        assertProposal(reviews.find(open(List.of("Arvioija"))).orElseThrow().item("V2"), 3, "2", "3", "66.7");
    }

    /**
     * The hand-built team's figures for the items that need judgement: O2 coach A attended 1 of 2 care-team
     * meetings; O4 1.5 FTE of coaches, 2 weekly team meetings and 1 group supervision in 181 ÷ 7 = 25.9 weeks; O5
     * 2 coaches and 1 leader; V7 the one employer
     * met face to face twice (c1's and c2's contacts); V11 c1's contact with the client and c2's on the job with the
     * employer and the work community: 2 contacts, 3 kinds of people, 1 with the employer, 1 on the job. The
     * steering-group meetings recorded as the team's own meetings still count for O8, now scored (decision 0084): 2
     * meetings, 2 × 91.3125 ÷ 181 = 1.0 a quarter, one in each of the period's 2 quarters, 3.
     */
    @Test
    void theFiguresOfTheItemsThatNeedJudgementAreShownBesideThemWithoutAScore() throws Exception {
        UUID careTeam = careTeam(coachA);
        careTeamMeeting(careTeam, "2026-02-03", true);
        careTeamMeeting(careTeam, "2026-02-10", false);
        careTeamMeeting(careTeam, "2026-07-07", true);
        teamMeeting(team.id(), "TEAM_WEEKLY", "2026-01-05");
        teamMeeting(team.id(), "TEAM_WEEKLY", "2026-01-12");
        teamMeeting(team.id(), "GROUP_SUPERVISION", "2026-01-19");
        teamMeeting(team.id(), "STEERING_GROUP", "2026-02-01");
        teamMeeting(team.id(), "STEERING_GROUP", "2026-05-01");
        teamMeeting(team.id(), "STEERING_GROUP", "2026-07-01");
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     recorded_by, idempotency_key)
                        values (?, ?, 17, '2026-05-05', true, '{EMPLOYER,WORK_COMMUNITY}', ?, ?)""")
                .params(UUID.randomUUID(), c2, accountOf(coachA), UUID.randomUUID()).update();

        UUID id = open(List.of("Arvioija"));
        Review review = reviews.find(id).orElseThrow();
        Map<String, List<String>> expected = Map.of("O2", List.of("1", "2", "50.0"),
                "O4", List.of("1.5", "2", "1", "25.9"), "O5", List.of("2", "1", "2.0"),
                "V7", List.of("1", "1", "100.0"), "V11", List.of("2", "3", "1", "1"));
        expected.forEach((code, figures) -> {
            assertThat(review.item(code).proposedScore()).as(code).isNull();
            assertThat(review.item(code).proposedFigures()).as(code).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(figures.stream().map(BigDecimal::new).toList());
        });
        assertProposal(review.item("O8"), 3, "2", "1.0", "2", "2");
        Document page = page(users.as(leader, get("/fidelity/" + id)));
        assertThat(page.getElementById("figures-O5").text())
                .startsWith("Kirjausten mukaan: 2 valmentajaa ja 1 esihenkilöä")
                .endsWith("Pisteitä ei ehdoteta: asteikko vaatii arvioijien harkintaa.");
        assertThat(page.getElementById("proposal-O5")).isNull();
        // nothing proposed, so nothing is offered as the score and no reason is asked for
        assertThat(page.select("#score-O5 option[selected]").val()).isEmpty();
        assertThat(page.getElementById("reason-O5")).isNull();
        // V11's follow-along contacts are client records, listed as the figure counts them
        Document records = page(users.as(leader, get(page.getElementById("records-V11").attr("href"))));
        assertThat(records.select("#evidence-records tbody td:nth-of-type(1)").eachText())
                .containsExactly("2.4.2026", "5.5.2026");
        assertThat(records.getElementById("item-figures").text()).contains("2 työssä tukemisen yhteydenottoa");
        mvc.perform(users.as(leader, get("/fidelity/" + id + "/items/O5"))).andExpect(status().isNotFound());
        mvc.perform(users.as("evaluator", get("/fidelity/" + id + "/items/V11"))).andExpect(status().isNotFound());
    }

    /**
     * O8 from the meetings of the team's steering group (decision 0084) over 1.1.–30.6.2026: none, only the figures;
     * one in February, irregular (the second quarter has none), 2; another in May, quarterly, 3. A meeting after the
     * period does not count.
     */
    @Test
    void o8IsPreScoredFromTheSteeringGroupsMeetingsHeld() {
        assertThat(reviews.find(open(List.of("Arvioija"))).orElseThrow().item("O8").proposedScore()).isNull();
        UUID group = steering.create(new SteeringGroups.NewGroup((short) 17, team.id(), "Uskollisuustiimin ohjausryhmä",
                IpsModel.STEERING_GROUP_MEETS_EVERY_MONTHS, UUID.randomUUID()));
        steering.recordMeeting(group, new SteeringGroups.NewMeeting(UUID.randomUUID(), LocalDate.parse("2026-02-01"), null, null,
                UUID.randomUUID()));
        steering.recordMeeting(group, new SteeringGroups.NewMeeting(UUID.randomUUID(), LocalDate.parse("2026-07-02"), null, null,
                UUID.randomUUID()));
        assertProposal(reviews.find(open(List.of("Arvioija"))).orElseThrow().item("O8"), 2, "1", "0.5", "1", "2");
        steering.recordMeeting(group, new SteeringGroups.NewMeeting(UUID.randomUUID(), LocalDate.parse("2026-05-01"), null, null,
                UUID.randomUUID()));
        assertProposal(reviews.find(open(List.of("Arvioija"))).orElseThrow().item("O8"), 3, "2", "1.0", "2", "2");
    }

    /**
     * A review published on the day six months ago: its next review is on the team leader's week from today, due
     * twelve months after that day, until a review of a later period is opened; its action due in three days is on
     * the week, the one due in two months not yet, and neither is on a coach's week.
     */
    @Test
    void aPublishedReviewBringsTheNextReviewAndItsActionsToTheTeamLeadersWeek() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewedOn = today.minusMonths(IpsModel.NEXT_REVIEW_MONTHS_FIRST);
        UUID id = reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team.id(), FROM, TO, reviewedOn,
                List.of("Arvioija Yksi", "Arvioija Kaksi"), UUID.randomUUID()));
        assertThat(weekTasks(leader, "menetelmäuskollisuusarvioin")).as("a draft brings nothing").isEmpty();

        publish(id, today.plusDays(3), today.plusMonths(2));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d.M.yyyy");
        assertThat(weekTasks(leader, "seuraava menetelmäuskollisuusarviointi")).singleElement().satisfies(task -> {
            assertThat(task.text()).startsWith(reviewedOn.plusMonths(IpsModel.NEXT_REVIEW_MONTHS_LAST).format(day)
                    + ": tiimin " + team.code() + " seuraava");
            assertThat(task.select("a").attr("href")).isEqualTo("/fidelity/new?team=" + team.code());
        });
        assertThat(weekTasks(leader, "arvioinnin toimenpide")).singleElement().satisfies(task -> {
            assertThat(task.text()).startsWith(today.plusDays(3).format(day)).contains("S3: Lähellä");
            assertThat(task.select("a").attr("href")).isEqualTo("/fidelity/" + id + "/report");
        });
        assertThat(weekTasks(coachAUser, "menetelmäuskollisuusarvioin")).isEmpty();
        String otherLeader = teams.create("Naapuritiimi").member("Naapuri", "TEAM_LEADER", "1");
        assertThat(weekTasks(otherLeader, "menetelmäuskollisuusarvioin")).as("another team's leader").isEmpty();

        reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team.id(), TO.plusDays(1), TO.plusMonths(6), today,
                List.of("Arvioija"), UUID.randomUUID()));
        assertThat(weekTasks(leader, "seuraava menetelmäuskollisuusarviointi")).as("the next review is opened").isEmpty();
        assertThat(weekTasks(leader, "arvioinnin toimenpide")).hasSize(1);
    }

    /**
     * A team whose records are all made through the forms, over the last 60 days, worked out by hand. Coach F1 (1.0
     * FTE): a referred 50 days ago, enrolled 45 days ago, profile meetings 40 and 35 days ago and the profile saved
     * today (in its 2nd meeting), jobs "Barista" at E1 (10 days ago) and " barista " at E2 (5 days ago), both
     * competitive, and a disclosure discussion with its pros and cons; b referred 30 and enrolled 28 days ago, four
     * profile meetings and the profile saved today (late), "Kokki" at E1 3 days ago, not competitive. Coach F2 (0.5
     * FTE): c referred 10 days ago and never enrolled; d enrolled 50 days ago whose service ended 5 days ago.
     */
    @Test
    void aTeamBuiltThroughTheFormsIsPreScoredAsByHandAndItsCaseloadIsTheSetTheCaseloadLimitCounts() throws Exception {
        TestTeams.Team formed = teams.create("Lomaketiimi");
        String formedLeader = formed.member("Vetäjä", "TEAM_LEADER", "1");
        String f1 = formed.member("Forsman", "COACH", "1");
        String f2 = formed.member("Fagerlund", "COACH", "0.5");
        UUID e1 = given.employer("Lomake Oy");
        UUID e2 = given.employer("Toinen Lomake Oy");

        UUID a = formed.client(f1, "Aalto");
        accepted(f1, "/clients/" + a + "/referral", "source", "SELF", "referredOn", formed.day(50));
        accepted(f1, "/clients/" + a + "/agreement", "agreedOn", formed.day(45), "howAgreed", "PAPER_SIGNATURE");
        profileMeetings(f1, a, formed, 40, 35);
        accepted(f1, "/clients/" + a + "/profile", "profileStrengths", "Täsmällinen", "disclosurePreference", "UNDECIDED");
        formJob(f1, a, e1, "Barista", formed.day(10), true);
        formJob(f1, a, e2, " barista ", formed.day(5), true);
        accepted(f1, "/clients/" + a + "/disclosure", "key", UUID.randomUUID().toString(), "discussedOn", formed.day(30),
                "disclosurePros", "Joustot työajoissa", "disclosureCons", "Ennakkoluulot", "disclosureDecision", "PARTLY");
        UUID b = formed.client(f1, "Berg");
        accepted(f1, "/clients/" + b + "/referral", "source", "SELF", "referredOn", formed.day(30));
        accepted(f1, "/clients/" + b + "/agreement", "agreedOn", formed.day(28), "howAgreed", "PAPER_SIGNATURE");
        profileMeetings(f1, b, formed, 27, 20, 13, 6);
        accepted(f1, "/clients/" + b + "/profile", "profileStrengths", "Sosiaalinen", "disclosurePreference", "UNDECIDED");
        formJob(f1, b, e1, "Kokki", formed.day(3), false);
        UUID c = formed.client(f2, "Carlsson");
        accepted(f2, "/clients/" + c + "/referral", "source", "SELF", "referredOn", formed.day(10));
        UUID d = formed.client(f2, "Dahl");
        accepted(f2, "/clients/" + d + "/referral", "source", "SELF", "referredOn", formed.day(55));
        accepted(f2, "/clients/" + d + "/agreement", "agreedOn", formed.day(50), "howAgreed", "PAPER_SIGNATURE");
        accepted(f2, "/clients/" + d + "/service/end", "serviceEndedOn", formed.day(5), "serviceEndReason", "CLIENT_CHOICE", "serviceEndDestination", "OTHER",
                "serviceEndNote", "Muuttaa pois");

        LocalDate from = formed.today().minusDays(60);
        LocalDate to = formed.today();
        Review review = reviews.find(reviews.open(new NewReview(UUID.randomUUID(), (short) 17, formed.id(), from, to,
                to, List.of("Arvioija"), UUID.randomUUID()))).orElseThrow();
        // S1: the caseload today is a, b (in service) and c (referral open), d's service ended: 3 over 1.5 FTE
        assertProposal(review.item("S1"), 5, "3", "1.5", "2.0");
        // V3: a's profile in its 2nd meeting, b's in its 4th: 1 of 2
        assertProposal(review.item("V3"), 3, "1", "2", "50.0");
        // V8: "Barista" and " barista " are one job type, "Kokki" another: 2 of 3; V9: E1 twice and E2
        assertProposal(review.item("V8"), 3, "2", "3", "66.7");
        assertProposal(review.item("V9"), 3, "2", "3", "66.7");
        // V10: the 2 competitive of the 3 are the outcome report's job starts of the same team and period
        assertProposal(review.item("V10"), 3, "2", "3", "66.7");
        assertThat(outcomes.of(fi.placera.reporting.Outcomes.Scope.team(formed.id()), from, to).jobStarts()).isEqualTo(2);
        // V2: a and b are in job search or work, a discussed disclosure with its pros and cons: 1 of 2
        assertProposal(review.item("V2"), 3, "1", "2", "50.0");
        // the review page, its records pages and the figures agree
        Document page = page(users.as(formedLeader, get("/fidelity/" + review.id())));
        assertThat(page.getElementById("proposal-V10").text()).startsWith("Placera ehdottaa 3: 2/3");
        assertThat(page(users.as(formedLeader, get("/fidelity/" + review.id() + "/items/V10")))
                .select("#evidence-records tbody td:nth-of-type(2)").eachText()).containsExactly("Kyllä", "Kyllä", "Ei");
        assertThat(page(users.as(formedLeader, get("/fidelity/" + review.id() + "/items/S1")))
                .select("#evidence-records tbody tr")).hasSize(3);

        // the caseload S1, O1 and V1 count is, coach by coach, the one the caseload limit counts today
        Map<UUID, Long> byCoach = reviews.evidenceRecords(review, "S1").orElseThrow().stream()
                .collect(java.util.stream.Collectors.groupingBy(record -> jdbc.sql(
                                "select coach_staff_id from client where id = ?").param(record.clientId())
                        .query(UUID.class).single(), java.util.stream.Collectors.counting()));
        Map<UUID, Long> limitCounts = new java.util.HashMap<>();
        jdbc.sql("select staff_member_id, active_clients from coach_caseload where staff_member_id in (?, ?)")
                .params(formed.staffMemberOf(f1), formed.staffMemberOf(f2))
                .query(rs -> {
                    limitCounts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        assertThat(byCoach).isEqualTo(Map.of(formed.staffMemberOf(f1), 2L, formed.staffMemberOf(f2), 1L))
                .isEqualTo(limitCounts);
        assertThat(reviews.evidenceRecords(review, "O1").orElseThrow())
                .extracting(FidelityReviews.EvidenceRecord::clientId).containsExactlyInAnyOrder(a, b, c);
        assertThat(reviews.evidenceRecords(review, "V1").orElseThrow())
                .extracting(FidelityReviews.EvidenceRecord::clientId).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void everyItemsAnchorTextsSayWhatItsCutPointsDoInEveryLanguage() {
        FidelityReviews.Scale scale = reviews.currentScale();
        assertThat(scale.items()).filteredOn(item -> item.cuts() != null).hasSizeGreaterThan(10)
                .allSatisfy(item -> assertThat(item.texts().values()).as(item.code())
                        .allSatisfy(text -> assertThat(item.cuts().agreeWith(text.anchors()))
                                .as(item.code() + " " + text.anchors()).isTrue()));
    }

    private UUID open(List<String> reviewers) {
        return reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team.id(), FROM, TO, TO.plusDays(10),
                reviewers, UUID.randomUUID()));
    }

    private static void assertProposal(ItemScore item, int score, String... figures) {
        assertThat(item.proposedScore()).as(item.code()).isEqualTo(score);
        assertThat(item.proposedFigures()).as(item.code())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(java.util.Arrays.stream(figures).map(BigDecimal::new).toList());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document save(UUID id, MultiValueMap<String, String> form) throws Exception {
        return page(users.as(leader, post("/fidelity/" + id)).params(form));
    }

    /** The review form's fields as the browser would post them. */
    private static MultiValueMap<String, String> formOf(Document page) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        Element element = page.selectFirst("main form[method=post]");
        element.select("input[type=hidden], input[type=text]").forEach(input -> form.add(input.attr("name"), input.val()));
        element.select("input[type=checkbox][checked]").forEach(input -> form.add(input.attr("name"), input.val()));
        element.select("textarea").forEach(area -> form.add(area.attr("name"), area.text()));
        element.select("select").forEach(select -> {
            Element chosen = select.selectFirst("option[selected]");
            form.add(select.attr("name"), chosen == null ? "" : chosen.val());
        });
        form.remove("_csrf");
        return form;
    }

    private UUID careTeam(UUID member) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into care_team (id, area_id, code, name, version) values (?, 17, ?, 'Hoitotiimi', 0)")
                .params(id, "CT-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT)).update();
        if (member != null) {
            jdbc.sql("insert into care_team_membership (staff_member_id, care_team_id) values (?, ?)")
                    .params(member, id).update();
        }
        return id;
    }

    private UUID accountOf(UUID staff) {
        return jdbc.sql("select id from user_account where staff_member_id = ?").param(staff).query(UUID.class).single();
    }

    private void profileMeeting(UUID client, int number, String day, UUID coach) {
        jdbc.sql("""
                        insert into profile_meeting (id, client_id, area_id, number, met_on, covered, recorded_by,
                                                     idempotency_key)
                        values (?, ?, 17, ?, ?::date, 'Vahvuudet ja toiveet', ?, ?)""")
                .params(UUID.randomUUID(), client, number, day, accountOf(coach), UUID.randomUUID()).update();
    }

    private void profile(UUID client, String day) {
        jdbc.sql("""
                        insert into vocational_profile (client_id, version, area_id, strengths, disclosure_preference,
                                                        saved_at, saved_by)
                        values (?, 1, 17, 'Täsmällinen', 'UNDECIDED', (?::date + time '10:00') at time zone 'Europe/Helsinki', ?)""")
                .params(client, day, UUID.randomUUID()).update();
    }

    private void counselled(UUID client, String day) {
        jdbc.sql("""
                        insert into benefits_counselling (id, client_id, area_id, counselled_on, counsellor, topics,
                                                          recorded_by, idempotency_key)
                        values (?, ?, 17, ?::date, 'COACH', '{EARNINGS_LIMITS}', ?, ?)""")
                .params(UUID.randomUUID(), client, day, UUID.randomUUID(), UUID.randomUUID()).update();
    }

    /** A client referred to the team who has no coach and no cooperation agreement; the referral's id. */
    private UUID referredOnly(String lastName, String referredOn, String endedOn, String endReason) {
        UUID client = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id, version)
                        values (?, 17, 'Lähete', ?, 'fi', ?, 0)""")
                .params(client, lastName, team.id()).update();
        UUID referral = UUID.randomUUID();
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, referred_on, ended_on, end_reason, end_note,
                                              recorded_by)
                        values (?, ?, 17, 'SELF', ?::date, ?::date, ?, ?, ?)""")
                .params(referral, client, referredOn, endedOn, endReason, endReason == null ? null : "Kirjattu",
                        UUID.randomUUID()).update();
        return referral;
    }

    private void outreach(UUID referral, String day) {
        jdbc.sql("""
                        insert into outreach_attempt (id, referral_id, area_id, attempted_on, channel, outcome, recorded_by)
                        values (?, ?, 17, ?::date, 'PHONE', 'NO_ANSWER', ?)""")
                .params(UUID.randomUUID(), referral, day, UUID.randomUUID()).update();
    }

    private UUID enrolled(UUID coach, String day) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into client (id, area_id, first_name, last_name, preferred_language, ips_team_id,
                                            coach_staff_id, version)
                        values (?, 17, 'T', 'Uskollinen', 'fi', ?, ?, 0)""")
                .params(id, team.id(), coach).update();
        jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                           recorded_by)
                        values (?, ?, 17, ?::date, 'PAPER_SIGNATURE', false, ?)""")
                .params(UUID.randomUUID(), id, day, accountOf(coach)).update();
        return id;
    }

    private void referred(UUID client, UUID careTeam) {
        jdbc.sql("""
                        insert into referral (id, client_id, area_id, source, care_team_id, referred_on, recorded_by)
                        values (?, ?, 17, 'CARE_TEAM', ?, '2025-12-01', ?)""")
                .params(UUID.randomUUID(), client, careTeam, UUID.randomUUID()).update();
    }

    private void contact(UUID client, String day) {
        jdbc.sql("""
                        insert into employer_contact (id, area_id, employer_id, coach_staff_id, contacted_on, mode, purpose,
                                                      client_id, recorded_by, idempotency_key)
                        values (?, 17, ?, ?, ?::date, 'FACE_TO_FACE', 'ABOUT_CLIENT', ?, ?, ?)""")
                .params(UUID.randomUUID(), employer, coachA, day, client, UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void job(UUID client, String start, boolean competitive) {
        jdbc.sql("""
                        insert into job (id, client_id, area_id, employer_id, started_on, hours_per_week, wage_basis,
                                         contract_type, competitive, recorded_by, idempotency_key, version)
                        values (?, ?, 17, ?, ?::date, 20, 'HOURLY', 'PERMANENT', ?, ?, ?, 0)""")
                .params(UUID.randomUUID(), client, employer, start, competitive, UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void due(UUID client, String windowFrom, String dueOn) {
        jdbc.sql("""
                        insert into support_due (id, client_id, area_id, kind, window_from, due_on)
                        values (?, ?, 17, 'MONTHLY', ?::date, ?::date)""")
                .params(UUID.randomUUID(), client, windowFrom, dueOn).update();
    }

    /** Agrees and publishes the review with its proposals (4 where none), weak S3 and V1 with actions due then. */
    private void publish(UUID id, LocalDate s3Due, LocalDate v1Due) {
        Review draft = reviews.find(id).orElseThrow();
        Map<String, ItemScore> items = new java.util.LinkedHashMap<>();
        draft.items().forEach((code, item) -> {
            int score = item.proposedScore() == null ? 4 : item.proposedScore();
            LocalDate due = code.equals("S3") ? s3Due : code.equals("V1") ? v1Due : TO.plusMonths(3);
            boolean weak = score < ItemScore.GOOD_ENOUGH;
            items.put(code, new ItemScore(code, score, java.util.Set.of(FidelityReviews.Source.SYSTEM_DATA), null, null,
                    item.proposedScore(), item.proposedFigures(), null, weak ? "Lähellä tehtävä työ " + code : null,
                    weak ? "Esihenkilö" : null, weak ? due : null, List.of(score, score)));
        });
        reviews.agree(new Review(id, draft.version(), draft.areaId(), draft.ipsTeamId(), draft.scaleId(), draft.from(),
                draft.to(), draft.reviewedOn(), draft.state(), draft.reviewers(), items));
        Review agreed = reviews.find(id).orElseThrow();
        reviews.publish(new Review(id, agreed.version(), agreed.areaId(), agreed.ipsTeamId(), agreed.scaleId(),
                agreed.from(), agreed.to(), agreed.reviewedOn(), agreed.state(), agreed.reviewers(), items));
        assertThat(reviews.find(id).orElseThrow().published()).isTrue();
    }

    /** Posts a form as the user, name-value pairs, and requires the application to accept it (a redirect). */
    private void accepted(String user, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(users.as(user, request)).andExpect(status().is3xxRedirection());
    }

    private void profileMeetings(String coach, UUID client, TestTeams.Team formed, int... daysAgo) throws Exception {
        for (int day : daysAgo) {
            accepted(coach, "/clients/" + client + "/profile/meetings", "key", UUID.randomUUID().toString(),
                    "profileMetOn", formed.day(day), "profileCovered", "Toiveet ja vahvuudet");
        }
    }

    private void formJob(String coach, UUID client, UUID at, String title, String startedOn, boolean competitive)
            throws Exception {
        accepted(coach, "/clients/" + client + "/jobs", "key", UUID.randomUUID().toString(), "employerId", at.toString(),
                "jobTitle", title, "jobStartedOn", startedOn, "hoursPerWeek", "20", "wageBasis", "HOURLY",
                "contractType", "PERMANENT", "competitive", Boolean.toString(competitive));
    }

    /** The tasks on the user's week that mention this text. */
    private List<Element> weekTasks(String user, String text) throws Exception {
        return page(users.as(user, get("/week"))).select(".task-list li").stream()
                .filter(task -> task.text().contains(text)).toList();
    }

    private void agencyMeeting(UUID ipsTeam, String kind, String day) {
        teamMeeting(ipsTeam, kind, day);
    }

    private void teamMeeting(UUID ipsTeam, String kind, String day) {
        jdbc.sql("""
                        insert into team_meeting (id, area_id, ips_team_id, kind, held_on, starts_at, ends_at, recorded_by,
                                                  idempotency_key, version)
                        values (?, 17, ?, ?, ?::date, '09:00', '10:00', ?, ?, 0)""")
                .params(UUID.randomUUID(), ipsTeam, kind, day, UUID.randomUUID(), UUID.randomUUID()).update();
    }

    private void agencyContact(UUID client, LocalDate day) {
        jdbc.sql("""
                        insert into agency_contact (id, client_id, area_id, agency, contacted_on, mode, note, coach_staff_id,
                                                    recorded_by, idempotency_key)
                        values (?, ?, 17, 'KELA', ?, 'PHONE', 'Etuuden yhteensovitus', ?, ?, ?)""")
                .params(UUID.randomUUID(), client, day, coachA, UUID.randomUUID(), UUID.randomUUID()).update();
    }

    private void disclosure(UUID client, String day, String pros, String cons, String revisitOn) {
        jdbc.sql("""
                        insert into disclosure_discussion (id, client_id, area_id, discussed_on, pros, cons, decision,
                                                           revisit_on, recorded_by, idempotency_key)
                        values (?, ?, 17, ?::date, ?, ?, 'UNDECIDED', ?::date, ?, ?)""")
                .params(UUID.randomUUID(), client, day, pros, cons, revisitOn, UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void careTeamMeeting(UUID careTeam, String day, boolean attended) {
        jdbc.sql("""
                        insert into care_team_meeting (id, area_id, care_team_id, held_on, coach_staff_id, coach_attended,
                                                       recorded_by, idempotency_key)
                        values (?, 17, ?, ?::date, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), careTeam, day, coachA, attended, UUID.randomUUID(), UUID.randomUUID())
                .update();
    }

    private void supportContact(UUID client, String day) {
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     recorded_by, idempotency_key)
                        values (?, ?, 17, ?::date, false, '{CLIENT}', ?, ?)""")
                .params(UUID.randomUUID(), client, day, accountOf(coachA), UUID.randomUUID()).update();
    }
}

package fi.placera.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.fidelity.FidelityReviews.ItemScore;
import fi.placera.fidelity.FidelityReviews.NewReview;
import fi.placera.fidelity.FidelityReviews.Review;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import fi.placera.worktime.CoachTime;
import fi.placera.worktime.CoachTime.Activity;
import fi.placera.worktime.CoachTime.Place;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A review of a hand-built team from opening to publishing. The team over the first half of 2026: coach A full
 * time, coach B half time (1.5 FTE); clients c1 and c2 of A enrolled in the period, c3 of B enrolled before it,
 * c4 of A out of service in March. Every proposal below is worked out by hand from these records.
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

    private TestTeams.Team team;
    private String leader;
    private UUID coachA;
    private UUID employer;

    @BeforeEach
    void handBuiltTeam() {
        team = teams.create("Uskollisuustiimi");
        leader = team.member("Johtaja", "TEAM_LEADER", "1");
        coachA = team.staffMemberOf(team.member("Aalto", "COACH", "1"));
        UUID coachB = team.staffMemberOf(team.member("Berg", "COACH", "0.5"));
        employer = UUID.randomUUID();
        jdbc.sql("insert into employer (id, area_id, name, name_key, version) values (?, 17, ?, ?, 0)")
                .params(employer, "Uskollinen Oy " + employer, "uskollinen oy " + employer).update();
        UUID ownCareTeam = careTeam(coachA);
        UUID otherCareTeam = careTeam(null);

        UUID c1 = enrolled(coachA, "2026-01-10");
        referred(c1, ownCareTeam);
        contact(c1, "2026-01-30");                    // 20 days
        job(c1, "2026-04-01", true);
        due(c1, "2026-04-01", "2026-04-03");
        supportContact(c1, "2026-04-02");             // met in its window
        due(c1, "2026-05-01", "2026-05-08");          // nobody met it
        UUID c2 = enrolled(coachA, "2026-02-01");
        referred(c2, otherCareTeam);
        contact(c2, "2026-03-13");                    // 40 days: the mean is exactly 30
        job(c2, "2026-05-01", false);
        enrolled(coachB, "2025-12-01");
        UUID c4 = enrolled(coachA, "2025-06-01");
        jdbc.sql("""
                        insert into service_end (id, client_id, area_id, ended_on, reason, note, recorded_by)
                        values (?, ?, 17, '2026-03-01', 'CLIENT_CHOICE', 'Oma valinta', ?)""")
                .params(UUID.randomUUID(), c4, UUID.randomUUID()).update();
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
        assertThat(review.items()).hasSize(25);
        assertThat(review.state()).isEqualTo(FidelityReviews.State.DRAFT);
    }

    @Test
    void aReviewGoesFromDraftToPublishedRefusingBadInputAndIsThenReadOnly() throws Exception {
        String location = mvc.perform(as(leader, post("/fidelity")).param("team", team.code())
                        .param("key", UUID.randomUUID().toString()).param("from", "1.1.2026").param("to", "30.6.2026")
                        .param("reviewedOn", "15.8.2026").param("reviewers", "Arvioija Yksi"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/fidelity/".length()));
        Document page = page(as(leader, get(location)));
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
        assertThat(save(id, form).select(".alert--error").text()).contains("Pisteyttämättä: S3, O2");
        form.keySet().stream().filter(field -> field.startsWith("score-") && form.getFirst(field).isEmpty()).toList()
                .forEach(field -> form.set(field, "4"));
        form.set("step", "AGREE");
        assertThat(save(id, form).getElementById("reviewers-error").text()).startsWith("Arvioinnin sopii ja julkaisee vähintään 2");
        form.set("reviewers", "Arvioija Yksi\nUlkoinen Arvioija");
        mvc.perform(as(leader, post("/fidelity/" + id)).params(form)).andExpect(status().is3xxRedirection());
        assertThat(reviews.find(id).orElseThrow().state()).isEqualTo(FidelityReviews.State.AGREED);

        form.set("version", Integer.toString(reviews.find(id).orElseThrow().version()));
        form.set("step", "PUBLISH");
        assertThat(save(id, form).getElementById("action-O1-error").text()).isEqualTo("Täytä tämä kenttä.");
        for (String weak : List.of("O1", "V6", "V9", "V10", "V12")) {
            form.set("action-" + weak, "Sovitaan toimet tiimikokouksessa");
            form.set("owner-" + weak, "Tiimin esihenkilö");
            form.set("due-" + weak, "31.12.2026");
        }
        mvc.perform(as(leader, post("/fidelity/" + id)).params(form)).andExpect(status().is3xxRedirection());

        Review published = reviews.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(FidelityReviews.State.PUBLISHED);
        assertThat(published.item("V4").overrideReason()).isEqualTo("Kaksi asiakasta on liian pieni otos");
        // 16 items at 4, and S1 5, S2 5, O1 2, V4 4, V6 1, V9 2, V10 2, V12 3, V13 5
        assertThat(published.total()).isEqualTo(93);

        form.set("step", "SAVE");
        form.set("score-S1", "1");
        assertThat(save(id, form).select(".alert--error").text()).contains("Arviointi on julkaistu");
        assertThat(reviews.find(id).orElseThrow().item("S1").score()).isEqualTo(5);
        mvc.perform(as(leader, get("/fidelity/" + id))).andExpect(status().is3xxRedirection());

        Document report = page(as("evaluator", get("/fidelity/" + id + "/report")));
        assertThat(report.getElementById("review-total").text()).isEqualTo("Yhteensä 93 / 125");
        assertThat(report.getElementById("review-band").text()).isEqualTo("Kohtalainen");
        assertThat(report.select("#chart-profile-data tbody tr")).hasSize(25);
        assertThat(report.select("#action-plan tbody tr")).hasSize(5);
        assertThat(page(as("evaluator", get("/fidelity")).param("team", team.code()))
                .select("#fidelity-reviews tbody tr")).hasSize(1);
        mvc.perform(as("evaluator", get("/fidelity/" + id))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(as("evaluator", get("/fidelity/" + id + "/report.pdf")).locale(FINNISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                .getTextFromPage(1);
        assertThat(text).contains("Arviointiraportti", "Uskollisuustiimi, 1.1.2026–30.6.2026", "Yhteensä 93 / 125");
    }

    @Test
    void anOverlappingPeriodIsWarnedAndADraftIsHiddenFromEvaluatorsAndOtherTeams() throws Exception {
        open(List.of("Arvioija Yksi", "Arvioija Kaksi"));
        UUID second = reviews.open(new NewReview(UUID.randomUUID(), (short) 17, team.id(), TO.minusMonths(1),
                TO.plusMonths(2), TO.plusMonths(2), List.of("Arvioija Yksi"), UUID.randomUUID()));
        Document page = page(as(leader, get("/fidelity/" + second)));
        assertThat(page.getElementById("overlap-warning").text()).contains("1.1.2026–30.6.2026");
        mvc.perform(as("evaluator", get("/fidelity/" + second + "/report"))).andExpect(status().isNotFound());
        mvc.perform(as(users.newCoachOfAnotherTeam(), get("/fidelity/" + second + "/report")))
                .andExpect(status().isNotFound());
        assertThat(page(as("manager", get("/fidelity/" + second + "/report"))).getElementById("review-state").text())
                .isEqualTo("Luonnos");
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

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(users.as(user)).with(csrf()).locale(FINNISH);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document save(UUID id, MultiValueMap<String, String> form) throws Exception {
        return page(as(leader, post("/fidelity/" + id)).params(form));
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
                .params(UUID.randomUUID(), id, day, UUID.randomUUID()).update();
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

    private void supportContact(UUID client, String day) {
        jdbc.sql("""
                        insert into support_contact (id, client_id, area_id, contacted_on, on_the_job, with_whom,
                                                     recorded_by, idempotency_key)
                        values (?, ?, 17, ?::date, false, '{CLIENT}', ?, ?)""")
                .params(UUID.randomUUID(), client, day, UUID.randomUUID(), UUID.randomUUID()).update();
    }
}

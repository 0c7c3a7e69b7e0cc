package fi.placera.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.evaluation.Questionnaires;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A questionnaire link issued for a client goes to the client's allowed e-mail at once (its answer page), and when
 * still unanswered after {@link QuestionnaireReminders#AFTER} one reminder follows pointing to the client's own pages,
 * never a second (decision 0079).
 */
@PlaceraIT
class QuestionnaireRemindersIT {

    @Autowired QuestionnaireReminders reminders;
    @Autowired Questionnaires questionnaires;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired JdbcClient jdbc;

    private int messages(String email, String kind) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ? and kind = ?").params(email, kind)
                .query(Integer.class).single();
    }

    @Test
    void theLinkGoesAtOnceAndOneReminderFollowsAnUnansweredOne() throws Exception {
        String coach = users.newCoach();
        UUID client = given.client(coach).create();
        String email = "kysely-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
        mvc.perform(users.as(coach, post("/clients/" + client + "/contact")).param("email", email)
                .param("emailAllowed", "true")).andExpect(status().is3xxRedirection());
        UUID by = jdbc.sql("select id from user_account where username = ?").param(coach).query(UUID.class).single();
        questionnaires.issueLink(new Questionnaires.NewResponse(UUID.randomUUID(), "WHO-5", (short) 17,
                UUID.fromString(Given.DEMO_TEAM), client, "BASELINE", null, null, null, by), "fi",
                Questionnaires.LINK_VALID_DAYS);
        assertThat(messages(email, "QUESTIONNAIRE_LINK")).isEqualTo(1);

        reminders.remind();
        assertThat(messages(email, "QUESTIONNAIRE_REMINDER")).as("not yet").isZero();
        MutableClock clock = users.clock();
        Duration before = clock.offset();
        try {
            clock.advance(QuestionnaireReminders.AFTER.plusMinutes(1));
            reminders.remind();
            reminders.remind();
        } finally {
            clock.resetTo(before);
        }
        assertThat(messages(email, "QUESTIONNAIRE_REMINDER")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select arguments[1] from mail_outbox where recipient = ? and kind = 'QUESTIONNAIRE_REMINDER'""")
                .param(email).query(String.class).single()).isEqualTo("/me");
    }
}

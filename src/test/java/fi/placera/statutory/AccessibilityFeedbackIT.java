package fi.placera.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Feedback on accessibility, sent by anyone from the statement, is a task of the area's administrators: they read and
 * close it, another area's administrator cannot even find it; oversized, NUL-bearing or empty input is refused with
 * the text kept and nothing stored; an area takes a bounded number of messages an hour.
 */
@PlaceraIT
class AccessibilityFeedbackIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired MessageSource messages;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder feedback(int area, String name, String message) {
        return post("/accessibility/" + area + "/feedback").with(csrf()).locale(SWEDISH).param("name", name)
                .param("contact", "0401234567").param("page", "Mina samtycken").param("message", message);
    }

    private UUID stored(String message) {
        return jdbc.sql("select id from accessibility_feedback where message = ?").param(message).query(UUID.class)
                .single();
    }

    private Document pageAs(String user, String path) throws Exception {
        return Jsoup.parse(perform(get(path).with(users.as(user))).getContentAsString());
    }

    @Test
    void feedbackFromAnyoneReachesTheAreasAdministratorsAsATaskUntilOneHandlesIt() throws Exception {
        String message = "Kontrasten är för svag på knapparna " + UUID.randomUUID();
        MockHttpServletResponse sent = perform(feedback(17, "Stina", message));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/accessibility/17?sent");
        Document confirmation = Jsoup.parse(perform(get("/accessibility/17?sent").locale(SWEDISH))
                .getContentAsString());
        assertThat(confirmation.getElementById("feedback-sent").text())
                .isEqualTo(messages.getMessage("statutory.accessibility.feedback.sent", null, SWEDISH));

        UUID id = stored(message);
        assertThat(jdbc.sql("select area_id, language, name, contact, page from accessibility_feedback where id = ?")
                .param(id).query((rs, row) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5)).single())
                .isEqualTo("17|sv|Stina|0401234567|Mina samtycken");

        String areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        Document list = pageAs(areaAdmin, "/admin/accessibility-feedback");
        assertThat(list.getElementById("feedback-" + id).text()).contains(message.substring(0, 30));
        assertThat(pageAs("admin", "/admin/accessibility-feedback").getElementById("feedback-" + id))
                .as("a national administrator sees every area's").isNotNull();
        Document one = pageAs(areaAdmin, "/admin/accessibility-feedback/" + id);
        assertThat(one.getElementById("feedback-message").text()).isEqualTo(message);
        assertThat(one.getElementById("feedback-contact").text()).isEqualTo("0401234567");

        assertThat(perform(post("/admin/accessibility-feedback/" + id).with(users.as(areaAdmin)).with(csrf()))
                .getRedirectedUrl()).isEqualTo("/admin/accessibility-feedback?handled");
        assertThat(jdbc.sql("""
                        select count(*) from accessibility_feedback f join user_account a on a.id = f.handled_by
                        where f.id = ? and a.username = ? and f.handled_at is not null""")
                .params(id, areaAdmin).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from admin_change where object_kind = 'ACCESSIBILITY_FEEDBACK'
                          and object_id = ? and area_id = 17 and action = 'FEEDBACK_HANDLED' and username = ?""")
                .params(id.toString(), areaAdmin).query(Integer.class).single()).isEqualTo(1);
        assertThat(pageAs(areaAdmin, "/admin/accessibility-feedback/" + id).select("main form")).as("closed").isEmpty();
    }

    @Test
    void anotherAreasAdministratorCannotSeeOrHandleIt() throws Exception {
        String message = "Fokus syns inte " + UUID.randomUUID();
        perform(feedback(17, "", message));
        UUID id = stored(message);
        String otherAdmin = users.newAreaAdmin(DemoUsers.OTHER_AREA);

        String before = checksum.of("accessibility_feedback");
        assertThat(pageAs(otherAdmin, "/admin/accessibility-feedback").getElementById("feedback-" + id)).isNull();
        assertThat(perform(get("/admin/accessibility-feedback/" + id).with(users.as(otherAdmin))).getStatus())
                .isEqualTo(404);
        assertThat(perform(post("/admin/accessibility-feedback/" + id).with(users.as(otherAdmin)).with(csrf()))
                .getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/accessibility-feedback/" + UUID.randomUUID()).with(users.as("admin")))
                .getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/accessibility-feedback/not-an-id").with(users.as("admin"))).getStatus())
                .isBetween(400, 404);
        assertThat(perform(get("/admin/accessibility-feedback/" + id).with(users.as("coach1"))).getStatus())
                .as("not an administrator").isEqualTo(403);
        assertThat(checksum.of("accessibility_feedback")).isEqualTo(before);
        assertThat(jdbc.sql("select name from accessibility_feedback where id = ?").param(id).query(String.class)
                .optional()).as("an empty name is no name").isEmpty();
    }

    @Test
    void oversizedNulOrEmptyInputIsRefusedNextToTheFieldWithTheTextKeptAndNothingStored() throws Exception {
        String before = checksum.of("accessibility_feedback");
        String tooLong = "å".repeat(AccessibilityFeedback.MESSAGE_MAX + 1);
        Document oversized = Jsoup.parse(perform(feedback(17, "Stina", tooLong)).getContentAsString());
        assertThat(oversized.getElementById("message-error").text())
                .isEqualTo(messages.getMessage("validation.too-long", null, SWEDISH));
        assertThat(oversized.getElementById("message").text()).isEqualTo(tooLong);
        assertThat(oversized.getElementById("name").attr("value")).isEqualTo("Stina");

        Document nul = Jsoup.parse(perform(feedback(17, "St\u0000ina", "Knappen saknar namn")).getContentAsString());
        assertThat(nul.getElementById("name-error").text()).isNotBlank();
        assertThat(nul.getElementById("message").text()).isEqualTo("Knappen saknar namn");

        Document empty = Jsoup.parse(perform(feedback(17, "Stina", "   ")).getContentAsString());
        assertThat(empty.getElementById("message-error").text())
                .isEqualTo(messages.getMessage("validation.required", null, SWEDISH));

        Document longName = Jsoup.parse(perform(feedback(17, "x".repeat(AccessibilityFeedback.NAME_MAX + 1),
                "Knappen saknar namn")).getContentAsString());
        assertThat(longName.getElementById("name-error")).isNotNull();

        assertThat(perform(feedback(999, "Stina", "Inget område")).getStatus()).isEqualTo(404);
        MockHttpServletResponse withoutToken = perform(post("/accessibility/17/feedback").locale(SWEDISH)
                .param("message", "Utan token"));
        assertThat(withoutToken.getStatus() == 403
                        || String.valueOf(withoutToken.getRedirectedUrl()).startsWith("/login"))
                .as("CSRF: refused, %s %s", withoutToken.getStatus(), withoutToken.getRedirectedUrl()).isTrue();
        assertThat(checksum.of("accessibility_feedback")).isEqualTo(before);
    }

    @Test
    void anAreaTakesAtMostThirtyMessagesAnHourAndARefusalKeepsTheText() throws Exception {
        int area = 4;
        for (int i = 0; i < AccessibilityFeedback.PER_AREA_PER_HOUR; i++) {
            assertThat(perform(feedback(area, "", "Meddelande " + i + " " + UUID.randomUUID())).getStatus())
                    .isEqualTo(302);
        }
        String before = checksum.of("accessibility_feedback");
        Document refused = Jsoup.parse(perform(feedback(area, "Stina", "Ett till")).getContentAsString());
        assertThat(refused.select("#error-summary").text())
                .contains(messages.getMessage("statutory.accessibility.feedback.too-many", null, SWEDISH));
        assertThat(refused.getElementById("message").text()).isEqualTo("Ett till");
        assertThat(checksum.of("accessibility_feedback")).isEqualTo(before);
        assertThat(perform(feedback(8, "", "Ett annat område " + UUID.randomUUID())).getStatus())
                .as("other areas are not affected").isEqualTo(302);
    }
}

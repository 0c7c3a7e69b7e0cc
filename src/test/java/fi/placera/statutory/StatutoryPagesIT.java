package fi.placera.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.organisation.Organisation;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The statutory pages, public and in fi, sv and en: the accessibility statement shows exactly the checks the build
 * runs (from the file the browser tests read), the privacy notice names the area's own controller, DPO and contact
 * (edited by that area's administrators only, national defaults marked until then), and every role has a help page.
 */
@PlaceraIT
class StatutoryPagesIT {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final List<String> PRIVACY_SECTIONS = List.of("purposes", "bases", "data", "recipients",
            "transfers", "retention", "rights", "complaint");
    private static final List<String> HELP_TOPICS = List.of("coach", "team-leader", "care-team-member", "manager",
            "evaluator", "administrator", "client");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired MessageSource messages;
    @Autowired Organisation organisation;
    @Autowired PrivacyContacts privacyContacts;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = perform(get(path).locale(Locale.forLanguageTag(language)));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private String text(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }

    private String areaName(int area, String language) {
        return organisation.area((short) area).orElseThrow().name(Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void theAccessibilityStatementShowsWhatTheBuildChecksInTheReadersLanguage(String language) throws Exception {
        AccessibilityChecks checks = AccessibilityChecks.load();
        Document statement = page("/accessibility/17", language);

        assertThat(statement.select("html").attr("lang")).isEqualTo(language);
        assertThat(statement.select("h1").text()).isEqualTo(text("statutory.accessibility.title", language));
        assertThat(statement.getElementById("statement-area").text()).contains(areaName(17, language));
        assertThat(statement.getElementById("statement-method").text())
                .isEqualTo(text("statutory.accessibility.checks", language, checks.axeVersion(), checks.rules().size(),
                        "WCAG 2.1 AA"));
        assertThat(statement.select("#statement-rules code").eachText()).isEqualTo(checks.ruleIds())
                .contains("color-contrast", "label", "html-has-lang");
        assertThat(statement.select("#statement-criteria li").eachText()).isEqualTo(checks.criteria())
                .contains("1.1.1", "1.4.3", "4.1.2");
        assertThat(statement.select("#statement-exceptions > li").eachAttr("id"))
                .containsExactly("exception-untagged-pdf", "exception-manual-review");
        assertThat(statement.getElementById("exception-untagged-pdf").text())
                .contains(checks.exceptions().get(0).text(language)).contains("1.3.1");
        assertThat(statement.getElementById("statement-date").text()).contains("6.12.2026");
        assertThat(statement.select("#feedback form").attr("action")).isEqualTo("/accessibility/17/feedback");
        assertThat(statement.getElementById("message").hasAttr("required")).isTrue();
    }

    @Test
    void anAnonymousReaderChoosesTheAreaAndASignedInUserGetsTheirOwnAreasPage() throws Exception {
        for (String page : List.of("/accessibility", "/privacy")) {
            Document choice = page(page, "sv");
            assertThat(choice.select(".area-choice a").eachAttr("href")).as(page)
                    .hasSize(organisation.areas().size()).contains(page + "/17", page + "/5");
            assertThat(choice.select(".area-choice a").eachText()).contains(areaName(17, "sv"));
            assertThat(choice.select("form[action$=/feedback]")).isEmpty();

            assertThat(perform(get(page).with(users.as("coach1"))).getRedirectedUrl()).isEqualTo(page + "/17");
            assertThat(perform(get(page).with(users.as(users.newClientAccount()))).getRedirectedUrl())
                    .as("a client of the demo area").isEqualTo(page + "/17");
            assertThat(perform(get(page).with(users.as("admin"))).getStatus())
                    .as("a national administrator has no area of their own").isEqualTo(200);
        }
        assertThat(perform(get("/accessibility/999")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/privacy/999")).getStatus()).isEqualTo(404);
    }

    @Test
    void thePrivacyNoticeNamesTheAreasOwnContactsInEachLanguage() throws Exception {
        String admin = users.newAreaAdmin((short) 3);
        MockHttpServletResponse saved = perform(post("/admin/privacy/3").with(users.as(admin)).with(csrf())
                .param("fi-controller", "Länsi-Uudenmaan hyvinvointialue")
                .param("fi-dpo", "Tietosuojavastaava Liisa L")
                .param("fi-contact", "kirjaamo@example.fi")
                .param("sv-controller", "Välfärdsområdet Västra Nyland").param("sv-dpo", "Dataskyddsombud Lisa L")
                .param("sv-contact", "registrator@example.fi")
                .param("en-controller", "Western Uusimaa Wellbeing Services County").param("en-dpo", "DPO Lisa L")
                .param("en-contact", "registry@example.fi"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/privacy/3?saved");
        assertThat(jdbc.sql("""
                        select count(*) from admin_change where object_kind = 'PRIVACY_NOTICE' and object_id = '3'
                          and area_id = 3 and action = 'PRIVACY_CONTACTS_SET'""").query(Integer.class).single())
                .isEqualTo(1);

        for (String language : LANGUAGES) {
            Document notice = page("/privacy/3", language);
            assertThat(notice.select("h1").text()).isEqualTo(text("statutory.privacy.title", language));
            assertThat(notice.getElementById("privacy-area").text()).contains(areaName(3, language));
            assertThat(notice.getElementById("privacy-controller").text())
                    .isEqualTo(privacyContacts.of((short) 3, language).controller());
            assertThat(notice.getElementById("privacy-defaults")).as("confirmed by the area").isNull();
            for (String section : PRIVACY_SECTIONS) {
                Element part = notice.getElementById("privacy-" + section);
                assertThat(part).as(section).isNotNull();
                assertThat(part.select("p").text()).isEqualTo(text("statutory.privacy." + section, language));
            }
        }
        assertThat(page("/privacy/3", "sv").getElementById("privacy-dpo").text()).isEqualTo("Dataskyddsombud Lisa L");
        assertThat(page("/privacy/3", "en").getElementById("privacy-contact").text()).isEqualTo("registry@example.fi");

        Document defaults = page("/privacy/4", "sv");
        assertThat(defaults.getElementById("privacy-controller").text())
                .isEqualTo("Välfärdsområdet som ordnar din tjänst");
        assertThat(defaults.getElementById("privacy-defaults").text())
                .isEqualTo(text("statutory.privacy.defaults", "sv"));
    }

    @Test
    void anAreaAdministratorEditsOnlyTheirOwnAreasPrivacyContactsAndARefusalStoresNothing() throws Exception {
        String admin = users.newAreaAdmin((short) 6);
        Document areas = Jsoup.parse(perform(get("/admin/privacy").with(users.as(admin))).getContentAsString());
        assertThat(areas.select("#privacy-areas a").eachAttr("href")).containsExactly("/admin/privacy/6");

        String before = checksum.of("privacy_notice_contact");
        assertThat(perform(get("/admin/privacy/7").with(users.as(admin))).getStatus()).isEqualTo(404);
        assertThat(perform(post("/admin/privacy/7").with(users.as(admin)).with(csrf())
                .param("fi-controller", "Ei oma alue").param("fi-dpo", "x").param("fi-contact", "x")
                .param("sv-controller", "x").param("sv-dpo", "x").param("sv-contact", "x")
                .param("en-controller", "x").param("en-dpo", "x").param("en-contact", "x")).getStatus())
                .isEqualTo(404);

        Document refused = Jsoup.parse(perform(post("/admin/privacy/6").with(users.as(admin)).with(csrf())
                .locale(Locale.forLanguageTag("fi"))
                .param("fi-controller", "Oma alue").param("fi-dpo", "Tietosuojavastaava").param("fi-contact", " ")
                .param("sv-controller", "x".repeat(PrivacyContacts.MAX_LENGTH + 1)).param("sv-dpo", "x")
                .param("sv-contact", "x").param("en-controller", "x").param("en-dpo", "x").param("en-contact", "x"))
                .getContentAsString());
        assertThat(refused.getElementById("fi-contact-error").text()).isEqualTo(text("validation.required", "fi"));
        assertThat(refused.getElementById("fi-controller").attr("value")).isEqualTo("Oma alue");
        assertThat(checksum.of("privacy_notice_contact")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyRoleHasAShortHelpPageInEveryLanguage(String language) throws Exception {
        Document index = page("/help", language);
        assertThat(index.select("#help-topics a").eachAttr("href"))
                .containsExactlyElementsOf(HELP_TOPICS.stream().map(topic -> "/help/" + topic).toList());
        for (String topic : HELP_TOPICS) {
            Document help = page("/help/" + topic, language);
            assertThat(help.select("h1").text()).isEqualTo(text("statutory.help." + topic + ".title", language));
            assertThat(help.select("#help-items li").eachText()).hasSize(4).allMatch(item -> item.length() > 20);
        }
        assertThat(perform(get("/help/nobody")).getStatus()).isEqualTo(404);
    }

    @Test
    void theHelpIndexNamesTheSignedInUsersOwnRolesFirst() throws Exception {
        Document coach = Jsoup.parse(perform(get("/help").with(users.as("coach1"))).getContentAsString());
        assertThat(coach.select("#help-own a").eachAttr("href")).containsExactly("/help/coach");
        Document anonymous = page("/help", "fi");
        assertThat(anonymous.getElementById("help-own")).isNull();
    }

    @Test
    void theFooterOfEveryKindOfPageLinksTheStatutoryPages() throws Exception {
        String client = users.newClientAccount();
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("login", get("/login"));
        pages.put("an unknown questionnaire link", get("/q/no-such-link"));
        pages.put("the coach's week", get("/week").with(users.as("coach1")));
        pages.put("the client's own page", get("/me").with(users.as(client)));
        pages.put("an administrator's page", get("/admin/teams").with(users.as("admin")));
        pages.put("the manager's report", get("/reports/outcomes").with(users.as("manager")));
        pages.put("a help page", get("/help/client"));
        for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
            MockHttpServletResponse response = perform(page.getValue());
            assertThat(Jsoup.parse(response.getContentAsString()).select("footer a").eachAttr("href"))
                    .as("%s (%s)", page.getKey(), response.getStatus())
                    .containsExactly("/accessibility", "/privacy", "/help");
        }
        Document me = Jsoup.parse(perform(get("/me").with(users.as(client))).getContentAsString());
        assertThat(me.select(".portal-nav a").eachAttr("href")).contains("/help/client", "/privacy", "/accessibility");
    }
}

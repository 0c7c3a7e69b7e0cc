package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The forms that once were checked by bean validation (decision 0057) refuse with {@code Checks}/{@code Rejection}:
 * a blank, an overlong and a NUL-holding field each get their message next to the field, what was typed is shown
 * again, and nothing is stored; another area's or team's id is refused too. The API says the same in its problem.
 */
@PlaceraIT
class CheckedFormsIT {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final String NUL = "Nimi\u0000";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired TableChecksum checksum;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    /** A form the administrator fills in: where it is posted, the table it writes, valid values, the field tried. */
    private record Form(String path, String table, Map<String, String> valid, String field, int max) {
    }

    private Form[] administrationForms() {
        String code = "CHK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        int areaVersion = jdbc.sql("select version from welfare_area where id = 20").query(Integer.class).single();
        return new Form[] {
            new Form("/admin/accounts", "user_account", params("id", UUID.randomUUID().toString(),
                    "username", code.toLowerCase(Locale.ROOT), "displayName", "Kaija Kokeilu", "roles", "COACH",
                    "areaId", "17", "password", "oranssi kissa ikkunalla"), "displayName", 200),
            new Form("/admin/areas/20", "welfare_area", params("version", String.valueOf(areaVersion),
                    "nameFi", "Kainuu", "nameSv", "Kajanaland"), "nameFi", 200),
            new Form("/admin/teams", "ips_team", params("id", UUID.randomUUID().toString(), "areaId", "17",
                    "code", code, "name", "Kokeilutiimi", "collaborationModel", "CARE_INTEGRATED"), "name", 200),
            new Form("/admin/care-teams", "care_team", params("id", UUID.randomUUID().toString(), "areaId", "17",
                    "code", code, "name", "Kokeilupoliklinikka"), "name", 200),
            new Form("/admin/staff", "staff_member", params("id", UUID.randomUUID().toString(), "areaId", "17",
                    "firstName", "Kaija", "lastName", "Kokeilu", "email", code.toLowerCase(Locale.ROOT) + "@example.fi"),
                    "firstName", 100)};
    }

    @Test
    void everyAdministrationFormRefusesBlankOverlongAndNulNextToTheFieldKeepingTheInputAndStoringNothing()
            throws Exception {
        for (Form form : administrationForms()) {
            String before = checksum.of(form.table());
            refusedNextToTheField(asAdmin(form, form.field(), " "), form.field(), "validation.required", null);
            String overlong = "x".repeat(form.max() + 1);
            refusedNextToTheField(asAdmin(form, form.field(), overlong), form.field(), "validation.too-long", overlong);
            refusedNextToTheField(asAdmin(form, form.field(), NUL), form.field(), "typeMismatch.java.lang.String", null);
            assertThat(checksum.of(form.table())).as(form.path()).isEqualTo(before);
        }
    }

    @Test
    void anAreaAdministratorsFormWithAnotherAreasIdStoresNothing() throws Exception {
        String areaAdmin = users.newAreaAdmin(DemoUsers.DEMO_AREA);
        for (Form form : administrationForms()) {
            if (!form.valid().containsKey("areaId")) {
                continue;
            }
            String before = checksum.of(form.table());
            MockHttpServletRequestBuilder request = post(form.path()).with(users.as(areaAdmin)).with(csrf())
                    .locale(FINNISH);
            form.valid().forEach((name, given) -> request.param(name,
                    name.equals("areaId") ? String.valueOf(DemoUsers.OTHER_AREA) : given));
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(form.path()).isEqualTo(200);
            String outside = form.table().equals("user_account") ? "account.area.outside" : "organisation.area.outside";
            assertThat(response.getContentAsString()).as(form.path()).contains(escaped(outside));
            assertThat(checksum.of(form.table())).as(form.path()).isEqualTo(before);
        }
    }

    @Test
    void theClientFormRefusesEachBadFieldNextToItAndAnotherTeamsId() throws Exception {
        String coach = users.newCoach();
        String before = checksum.of("client");
        refusedNextToTheField(client(coach, "firstName", ""), "firstName", "validation.required", null);
        refusedNextToTheField(client(coach, "lastName", "x".repeat(101)), "lastName", "validation.too-long",
                "x".repeat(101));
        refusedNextToTheField(client(coach, "firstName", NUL), "firstName", "typeMismatch.java.lang.String", null);
        refusedInTheList(client(coach, "preferredLanguage", "FIN"), "client.language.format");
        refusedNextToTheField(client(coach, "identityCode", "1".repeat(21)), "identityCode", "identity-code.format",
                null);
        refusedInTheList(client(coach, "ipsTeamId", UUID.randomUUID().toString()), "client.team.not-yours");
        assertThat(checksum.of("client")).isEqualTo(before);
    }

    @Test
    void theClientApiListsEveryBadFieldInItsProblemAndStoresNothing() throws Exception {
        String coach = users.newCoach();
        String before = checksum.of("client");
        mvc.perform(post("/api/v1/clients").with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "sv").content("""
                                {"id": "%s", "firstName": " ", "lastName": "%s", "preferredLanguage": "FIN",
                                 "ipsTeamId": "%s"}""".formatted(UUID.randomUUID(), "x".repeat(101), DEMO_TEAM)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("firstName", "lastName", "preferredLanguage")))
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("validation.required", "validation.too-long", "client.language.format")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItems(
                        messages.getMessage("validation.required", null, Locale.forLanguageTag("sv")))));
        mvc.perform(post("/api/v1/clients").with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "firstName": "Aino\\u0000", "lastName": "Asiakas", "preferredLanguage": "fi",
                                 "ipsTeamId": "%s"}""".formatted(UUID.randomUUID(), DEMO_TEAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstName"));
        mvc.perform(post("/api/v1/clients").with(users.as(coach)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "firstName": "Aino", "lastName": "Asiakas", "preferredLanguage": "fi",
                                 "ipsTeamId": "%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ipsTeamId"))
                .andExpect(jsonPath("$.errors[0].code").value("client.team.not-yours"));
        assertThat(checksum.of("client")).isEqualTo(before);
    }

    /** Bean validation used to put the client form's limits into the API description; the schema still says them. */
    @Test
    void theApiDescriptionStillStatesTheClientFormsLimits() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ClientForm.required")
                        .value(hasItems("id", "firstName", "lastName", "preferredLanguage", "ipsTeamId")))
                .andExpect(jsonPath("$.components.schemas.ClientForm.properties.firstName.maxLength").value(100))
                .andExpect(jsonPath("$.components.schemas.ClientForm.properties.lastName.maxLength").value(100))
                .andExpect(jsonPath("$.components.schemas.ClientForm.properties.identityCode.maxLength").value(20))
                .andExpect(jsonPath("$.components.schemas.ClientForm.properties.preferredLanguage.pattern")
                        .value("[a-z]{2}"));
    }

    /** The page again (200, not a redirect), the field's message beside it, and the typed text kept where given. */
    private void refusedNextToTheField(MockHttpServletRequestBuilder request, String field, String messageKey,
            String kept) throws Exception {
        var result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"" + field + "-error\"")))
                .andExpect(content().string(containsString(escaped(messageKey))));
        if (kept != null) {
            result.andExpect(content().string(containsString("value=\"" + kept + "\"")));
        }
    }

    /** A choice from a list refused: the page again with the choice's message under the list. */
    private void refusedInTheList(MockHttpServletRequestBuilder request, String messageKey) throws Exception {
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">" + escaped(messageKey) + "</p>")));
    }

    /** The message in Finnish as the page writes it (HTML's special characters escaped, letters as they are). */
    private String escaped(String messageKey) {
        return HtmlUtils.htmlEscape(messages.getMessage(messageKey, null, FINNISH), "UTF-8");
    }

    private MockHttpServletRequestBuilder asAdmin(Form form, String field, String value) {
        MockHttpServletRequestBuilder request = post(form.path()).with(users.as("admin")).with(csrf()).locale(FINNISH);
        form.valid().forEach((name, given) -> request.param(name, name.equals(field) ? value : given));
        return request;
    }

    private MockHttpServletRequestBuilder client(String coach, String field, String value) {
        Map<String, String> valid = params("id", UUID.randomUUID().toString(), "firstName", "Aino",
                "lastName", "Asiakas", "identityCode", "", "preferredLanguage", "fi", "ipsTeamId", DEMO_TEAM);
        MockHttpServletRequestBuilder request = post("/clients").with(users.as(coach)).with(csrf()).locale(FINNISH);
        valid.forEach((name, given) -> request.param(name, name.equals(field) ? value : given));
        return request;
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}

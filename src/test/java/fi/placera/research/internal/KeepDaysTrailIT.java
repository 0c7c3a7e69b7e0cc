package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21 §2, decision 0046: the research files' keeping days are deployment properties that no administrator edits,
 * yet a change of them is in the administrators' trail — recorded at start-up, by "deployment", old → new — and only
 * when the value differs from the last one recorded.
 */
@PlaceraIT
class KeepDaysTrailIT {

    @Autowired KeepDaysTrail trail;
    @Autowired Extracts extracts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired MessageSource messages;

    @Test
    void aKeepDaySettingThatDiffersFromTheLastRecordedOneIsInTheTrailAsTheDeployments() throws Exception {
        String running = String.valueOf(extracts.keptFor(Extracts.Kind.EXTRACT).toDays());
        assertThat(rows(KeepDaysTrail.EXTRACT)).as("recorded when this application started")
                .anyMatch(row -> row.endsWith("→ " + running));
        int before = rows(KeepDaysTrail.EXTRACT).size();

        trail.recordChangedSettings();
        assertThat(rows(KeepDaysTrail.EXTRACT)).as("a start with the same setting records nothing").hasSize(before);

        String changed = String.valueOf(Long.parseLong(running) + 15);
        try {
            trail.record(Map.of(KeepDaysTrail.EXTRACT, Long.parseLong(changed)));
            List<String> rows = rows(KeepDaysTrail.EXTRACT);
            assertThat(rows).hasSize(before + 1);
            assertThat(rows.get(rows.size() - 1))
                    .isEqualTo("deployment null null SETTING_CHANGED " + running + " → " + changed);

            String national = Jsoup.parse(mvc.perform(get("/admin/changes").param("kind", "SETTING")
                            .with(users.as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).select("tbody").text();
            String extractInWords = messages.getMessage("admin.changes.setting." + KeepDaysTrail.EXTRACT, null,
                    Locale.forLanguageTag("fi"));
            assertThat(national).contains("deployment", extractInWords, changed);
            String ofTheArea = mvc.perform(get("/admin/changes").param("kind", "SETTING")
                            .with(users.as(users.newAreaAdmin(DemoUsers.DEMO_AREA)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(ofTheArea).as("a national setting is the national administrators'")
                    .doesNotContain(extractInWords);
        } finally {
            trail.recordChangedSettings(); // the running value again, as a restart would record it
        }
        List<String> after = rows(KeepDaysTrail.EXTRACT);
        assertThat(after).hasSize(before + 2);
        assertThat(after.get(after.size() - 1)).endsWith(changed + " → " + running);
    }

    /** The trail's rows of one setting, oldest first: "who account area action before → after". */
    private List<String> rows(String setting) {
        return jdbc.sql("""
                        select username || ' ' || coalesce(account_id::text, 'null') || ' '
                               || coalesce(area_id::text, 'null') || ' ' || action || ' '
                               || coalesce(before_value, 'null') || ' → ' || after_value
                        from admin_change where object_kind = 'SETTING' and object_id = ? order by id""")
                .param(setting).query(String.class).list();
    }
}

package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.testing.DemoUsers;
import fi.placera.testing.PdfText;
import fi.placera.testing.PlaceraIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * AZ3 (issue 21): the PDFs a user can download, read back with PDFBox — the client's readable copy of their data, the
 * same copy the team leader prints for an access request, the outcome report — never carry another client's canary name,
 * plan text or identity code, even of a client of the same coach; an identity code appears only in the copy of the
 * client's own data, once, where the copy lists who they are; the outcome report has none at all.
 */
@PlaceraIT
class PdfCanaryIT {

    private static final Pattern IDENTITY_CODE = Pattern.compile("\\d{6}[-+YXWVUABCDEF]\\d{3}[0-9A-Y]");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private record Canary(UUID id, String firstName, String lastName, String identityCode, String plan) {

        List<String> strings() {
            return List.of(firstName, lastName, identityCode, plan);
        }
    }

    @Test
    void noPdfCarriesAnotherClientsCanaryAndAnIdentityCodeOnlyInTheClientsOwnCopy() throws Exception {
        String coach = users.newCoach();
        Random random = new Random();
        Canary own = register(coach, "Kanaria", "Omanenpdf", random);
        Canary other = register(coach, "Peippo", "Toisenenpdf", random);
        Canary elsewhere = register(users.newCoachOfAnotherTeam(), "Tikli", "Muualtapdf", random);
        String account = clientAccountOf(own.id());

        Map<String, byte[]> ownCopies = Map.of(
                "the client's copy", download("/me/export.pdf", users.as(account)),
                "the copy for an access request", download("/rights-requests/" + accessRequest(account)
                        + "/export.pdf", users.as("teamleader")));
        for (Map.Entry<String, byte[]> copy : ownCopies.entrySet()) {
            String text = PdfText.of(copy.getValue());
            assertThat(text).as(copy.getKey()).contains(own.firstName(), own.lastName(), own.plan());
            assertThat(identityCodes(text)).as(copy.getKey()).containsExactly(own.identityCode());
            for (Canary stranger : List.of(other, elsewhere)) {
                assertThat(text).as(copy.getKey()).doesNotContain(stranger.strings());
            }
        }

        List<String> reports = new ArrayList<>();
        for (String reader : List.of(coach, "teamleader", "manager", "evaluator")) {
            reports.add(PdfText.of(download("/reports/outcomes.pdf?from=2026-01-01&to=2026-03-31", users.as(reader))));
        }
        for (String report : reports) {
            assertThat(identityCodes(report)).isEmpty();
            for (Canary client : List.of(own, other, elsewhere)) {
                assertThat(report).doesNotContain(client.strings());
            }
        }
    }

    private byte[] download(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> identityCodes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher found = IDENTITY_CODE.matcher(text);
        while (found.find()) {
            codes.add(found.group());
        }
        return codes;
    }

    /** A client of the coach with a unique canary surname, identity code and plan text. */
    private Canary register(String coach, String firstName, String lastName, Random random) throws Exception {
        UUID id = UUID.randomUUID();
        String unique = id.toString().substring(0, 6).toUpperCase();
        Canary canary = new Canary(id, firstName + unique, lastName + unique, identityCode(random),
                "KANARIA-" + unique + "-tavoite");
        mvc.perform(post("/clients").with(users.as(coach)).with(csrf()).param("id", id.toString())
                .param("firstName", canary.firstName()).param("lastName", canary.lastName())
                .param("identityCode", canary.identityCode()).param("preferredLanguage", "fi")
                .param("ipsTeamId", teamOf(coach)));
        mvc.perform(post("/clients/" + id + "/agreement").with(users.as(coach)).with(csrf())
                .param("agreedOn", "2.1.2026").param("howAgreed", "PAPER_SIGNATURE"));
        mvc.perform(post("/clients/" + id + "/plan").with(users.as(coach)).with(csrf())
                .param("startedOn", "3.1.2026").param("goals", canary.plan()));
        assertThat(jdbc.sql("select goals from action_plan where client_id = ?").param(id).query(String.class).single())
                .isEqualTo(canary.plan());
        return canary;
    }

    /** A valid identity code of the 1900s with a temporary individual number (900–999): no real person's. */
    private static String identityCode(Random random) {
        String birth = "%02d%02d%02d".formatted(1 + random.nextInt(28), 1 + random.nextInt(12), random.nextInt(100));
        String number = String.valueOf(900 + random.nextInt(100));
        return birth + "-" + number + CHECK_CHARACTERS.charAt(Integer.parseInt(birth + number) % 31);
    }

    private String teamOf(String coach) {
        return jdbc.sql("""
                        select m.ips_team_id::text from ips_team_membership m join user_account a
                        on a.staff_member_id = m.staff_member_id where a.username = ?""")
                .param(coach).query(String.class).single();
    }

    /** A client account for the client, as an accepted invitation makes one; its user name. */
    private String clientAccountOf(UUID client) {
        UUID account = UUID.randomUUID();
        String username = "pdfclient." + account.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        values (?, ?, 'Asiakas', 'none', 17, 0)""").params(account, username).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CLIENT')").param(account).update();
        jdbc.sql("insert into client_account (account_id, client_id, area_id, created_at) values (?, ?, 17, now())")
                .params(account, client).update();
        return username;
    }

    /** The client asks for a copy of their data; the request's id. */
    private UUID accessRequest(String account) throws Exception {
        mvc.perform(post("/me/requests").with(users.as(account)).with(csrf()).param("kind", "ACCESS")
                .param("details", "Kopio kaikesta")).andExpect(status().is3xxRedirection());
        return jdbc.sql("""
                        select r.id from rights_request r join client_account c on c.client_id = r.client_id
                        join user_account a on a.id = c.account_id
                        where a.username = ? and r.details = 'Kopio kaikesta'""")
                .param(account).query(UUID.class).single();
    }
}

package fi.placera.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.placera.evaluation.CrisisContacts.Contacts;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TableChecksum;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The crisis contacts of a welfare area: shipped national defaults marked for the area to confirm; an area's
 * administrator edits only their own area (another area is not found, nothing stored); a national administrator any;
 * a refused form keeps what was typed and stores nothing.
 */
@PlaceraIT
class CrisisContactsAdminIT {


    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired TableChecksum checksum;
    @Autowired CrisisContacts contacts;

    /** A new administrator of the area (Länsi-Uusimaa = 3 in these tests, so that no other test's area changes). */
    private String adminOf(int area) {
        UUID account = UUID.randomUUID();
        String username = "admin." + account.toString().substring(0, 8);
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, area_id, version)
                        values (?, ?, 'Alueen ylläpitäjä', 'none', ?, 0)""")
                .params(account, username, area).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'ADMIN')").param(account).update();
        return username;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder contactsForm(MockHttpServletRequestBuilder request, String svLine) {
        return request.param("fi-crisisLine", "Alueen kriisipuhelin 06 123 4567").param("fi-emergency", "Soita 112")
                .param("fi-localHelp", "Pohjanmaan päivystys").param("sv-crisisLine", svLine)
                .param("sv-emergency", "Ring 112").param("sv-localHelp", "Jouren i Österbotten")
                .param("en-crisisLine", "Area crisis line 06 123 4567").param("en-emergency", "Call 112")
                .param("en-localHelp", "");
    }

    @Test
    void anAreasAdministratorConfirmsTheDefaultsOfTheirOwnAreaOnly() throws Exception {
        String admin = adminOf(3);
        Document areas = Jsoup.parse(perform(users.as(admin, get("/admin/crisis-contacts"))).getContentAsString());
        assertThat(areas.select("#crisis-areas a").eachAttr("href")).containsExactly("/admin/crisis-contacts/3");

        Document form = Jsoup.parse(perform(users.as(admin, get("/admin/crisis-contacts/3"))).getContentAsString());
        assertThat(form.getElementById("defaults")).isNotNull();
        assertThat(form.getElementById("sv-crisisLine").attr("value")).contains("09 2525 0112");
        assertThat(form.getElementById("sv-crisisLine").attr("lang")).isEqualTo("sv");

        assertThat(perform(contactsForm(users.as(admin, post("/admin/crisis-contacts/3")), "Kristelefon 06 765 4321"))
                .getRedirectedUrl()).isEqualTo("/admin/crisis-contacts/3?saved");
        assertThat(contacts.of((short) 3, "sv"))
                .isEqualTo(new Contacts("Kristelefon 06 765 4321", "Ring 112", "Jouren i Österbotten", true));
        assertThat(contacts.of((short) 3, "en").localHelp()).isEmpty();
        Document saved = Jsoup.parse(perform(users.as(admin, get("/admin/crisis-contacts/3"))).getContentAsString());
        assertThat(saved.getElementById("defaults")).as("confirmed for the area").isNull();
        assertThat(jdbc.sql("""
                        select username || ' ' || action || ' ' || after_value from admin_change
                        where object_kind = 'CRISIS_CONTACTS' and object_id = '3' and area_id = 3""")
                .query(String.class).list()).as("the change is in the administrators' audit trail")
                .contains(admin + " CRISIS_CONTACTS_SET Alueen kriisipuhelin 06 123 4567 | Soita 112 | Pohjanmaan päivystys");

        String before = checksum.of("evaluation_crisis_contact");
        assertThat(perform(users.as(admin, get("/admin/crisis-contacts/4"))).getStatus()).isEqualTo(404);
        assertThat(perform(contactsForm(users.as(admin, post("/admin/crisis-contacts/4")), "Ei oma alue")).getStatus())
                .isEqualTo(404);
        assertThat(perform(users.as(admin, get("/admin/crisis-contacts/999"))).getStatus()).isEqualTo(404);
        assertThat(checksum.of("evaluation_crisis_contact")).isEqualTo(before);
        assertThat(contacts.of((short) 4, "sv").confirmed()).isFalse();
    }

    @Test
    void aNationalAdministratorEditsAnyAreaAndARefusedFormStoresNothing() throws Exception {
        Document areas = Jsoup.parse(perform(users.as("admin", get("/admin/crisis-contacts"))).getContentAsString());
        assertThat(areas.select("#crisis-areas a").size()).isGreaterThan(20);

        String before = checksum.of("evaluation_crisis_contact");
        Document refused = Jsoup.parse(perform(contactsForm(users.as("admin", post("/admin/crisis-contacts/5")), " "))
                .getContentAsString());
        assertThat(refused.getElementById("sv-crisisLine-error").text()).isNotBlank();
        assertThat(refused.getElementById("fi-crisisLine").attr("value")).isEqualTo("Alueen kriisipuhelin 06 123 4567");
        assertThat(checksum.of("evaluation_crisis_contact")).isEqualTo(before);

        assertThat(perform(contactsForm(users.as("admin", post("/admin/crisis-contacts/5")), "Kristelefon 06 111"))
                .getStatus()).isEqualTo(302);
        assertThat(contacts.of((short) 5, "fi").crisisLine()).isEqualTo("Alueen kriisipuhelin 06 123 4567");
        assertThat(contacts.of((short) 17, "fi"))
                .as("other areas keep the national defaults")
                .isEqualTo(new Contacts("Mieli ry:n kriisipuhelin 09 2525 0111", "Hätätilanteessa soita 112",
                        "Ota yhteyttä omaan terveysasemaasi tai päivystykseen.", false));
    }
}

package fi.placera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.placera.identity.ClientAccounts;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.RouteMatrix;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * LG1 and LG3 (decision 0046): every page and API read of the route matrix about one client, opened by the client's
 * own coach, writes exactly one access-log row; and the client's "who has read my data" lists every row of the last
 * two years about them — as many lines as the log has rows.
 */
@PlaceraIT
class ClientReadsLoggedIT {

    private static final String DEMO_TEAM = "6a1f0000-0000-4000-8000-000000000001";
    private static final Pattern INVITE_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{20,})");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ClientAccounts accounts;

    @Test
    void everyReadOfAClientIsOneRowAndTheClientSeesEveryRow() throws Exception {
        String coach = users.newCoach();
        UUID client = UUID.randomUUID();
        String base = "/api/v1/clients/" + client;
        send(coach, post("/api/v1/clients"), """
                {"id": "%s", "firstName": "Lokitettu", "lastName": "Lukija", "preferredLanguage": "fi",
                 "ipsTeamId": "%s"}""".formatted(client, DEMO_TEAM));
        send(coach, post(base + "/referral"), """
                {"source": "SELF", "referredOn": "2026-01-02", "wishToWork": "Varastotyö"}""");
        send(coach, post(base + "/agreement"), """
                {"agreedOn": "2026-01-05", "howAgreed": "STRONG_IDENTIFICATION"}""");
        send(coach, post(base + "/plan"), """
                {"startedOn": "2026-01-06", "goals": "Varaston iltavuoro"}""");

        List<String> notOneRow = new ArrayList<>();
        int read = 0;
        for (RouteMatrix.Row row : RouteMatrix.rows()) {
            if (!row.method().equals("GET") || !row.path().matches("/(api/v1/)?clients/\\{id}.*")
                    || row.path().equals("/clients/{id}/emergency")) {
                continue; // the emergency form reads nothing about the client
            }
            String path = row.sample().replaceFirst("(/(api/v1/)?clients/)[^/]+", "$1" + client);
            long before = rowsOf(client);
            MockHttpServletResponse response = mvc.perform(get(URI.create(path)).with(users.as(coach)))
                    .andReturn().getResponse();
            if (response.getStatus() != 200) {
                continue; // a record the path names beside the client (a questionnaire, an alert) is not there
            }
            read++;
            long written = rowsOf(client) - before;
            if (written != 1) {
                notOneRow.add(path + ": " + written + " rows");
            }
        }
        assertThat(read).as("reads of the client by the route matrix").isGreaterThanOrEqualTo(12);
        assertThat(notOneRow).isEmpty();

        String username = "lukija." + client.toString().substring(0, 8);
        accounts.accept(invite(coach, client), username, "violetti kameli tanssii tangoa",
                "violetti kameli tanssii tangoa");
        long rows = rowsOf(client); // every one of them this year
        String log = mvc.perform(get("/me/access-log").with(users.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // one line per day and reader, each saying how many rows it stands for: together every row about this client,
        // none about anyone else, none left out
        assertThat(Jsoup.parse(log).select("#access-log tbody tr").stream()
                .mapToLong(line -> Long.parseLong(line.attr("data-rows"))).sum()).isEqualTo(rows);
    }

    private long rowsOf(UUID client) {
        return jdbc.sql("select count(*) from access_log where client_id = ?").param(client).query(Long.class).single();
    }

    private String invite(String coach, UUID client) throws Exception {
        String page = mvc.perform(post("/clients/" + client + "/portal-invite").with(users.as(coach)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = INVITE_LINK.matcher(page);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private void send(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }
}

package fi.placera.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server error's log line names the route, never an id or a link's secret token. */
class ServerErrorRouteTest {

    @Test
    void idsAndTokensInThePathAreNotLogged() {
        assertThat(ServerErrorPages.PlacerasErrorReport.route(
                "/api/v1/employers/6f1c2a3e-0d4b-4c1e-9a7f-2b3c4d5e6f70/contacts"))
                .isEqualTo("/api/v1/employers/*/contacts");
        assertThat(ServerErrorPages.PlacerasErrorReport.route("/q/Xk9_a-2mQpL0zR7tY3wV")).isEqualTo("/q/*");
        assertThat(ServerErrorPages.PlacerasErrorReport.route("/setup/abc123")).isEqualTo("/setup/*");
        assertThat(ServerErrorPages.PlacerasErrorReport.route("/reports/outcomes")).isEqualTo("/reports/outcomes");
        assertThat(ServerErrorPages.PlacerasErrorReport.route("/clients/%00/notes;jsessionid=1"))
                .isEqualTo("/clients/*/*");
    }
}

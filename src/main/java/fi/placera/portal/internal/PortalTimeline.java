package fi.placera.portal.internal;

import fi.placera.clients.TimelineEntries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts what the client did on their own pages on the record timeline: comments on the plan, withdrawals. */
@Component
class PortalTimeline implements TimelineEntries {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private final ClientComments comments;
    private final JdbcClient jdbc;

    PortalTimeline(ClientComments comments, JdbcClient jdbc) {
        this.comments = comments;
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> of(UUID clientId) {
        List<Entry> entries = new ArrayList<>();
        comments.of(clientId).forEach(comment -> entries.add(new Entry(LocalDate.ofInstant(comment.writtenAt(), HELSINKI),
                "timeline.client-comment", List.of(), comment.text())));
        jdbc.sql("""
                        select w.withdrawn_at, c.kind from client_withdrawal w join consent_facts_consent_kind c on c.consent_id = w.consent_id
                        where w.client_id = :client""")
                .param("client", clientId)
                .query((rs, row) -> new Entry(LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), HELSINKI),
                        "timeline.client-withdrawal", List.of("information." + rs.getString(2)), null))
                .list().forEach(entries::add);
        return entries;
    }
}

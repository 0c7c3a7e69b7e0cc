package fi.placera.portal.internal;

import fi.placera.platform.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Comments a client writes on their action plan; the coach reads them on the record timeline. */
@Service
public class ClientComments {

    /** Longer comments are refused with a message; the text stays in the form. */
    public static final int MAX_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientComments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A comment as written and when. */
    public record Comment(String text, Instant writtenAt) {
    }

    /** The comment as it will be saved, or a refusal next to the field: empty, or longer than {@value #MAX_LENGTH}. */
    public static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new Rejection("comment", "validation.required");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new Rejection("comment", "portal.comment.too-long", MAX_LENGTH);
        }
        return stripped;
    }

    public void add(Me me, String text) {
        String comment = checked(text);
        jdbc.sql("""
                        insert into client_comment (id, client_id, area_id, topic, comment, written_at, account_id)
                        values (:id, :client, :area, 'ACTION_PLAN', :comment, :at, :account)""")
                .param("id", UUID.randomUUID()).param("client", me.clientId()).param("area", me.areaId())
                .param("comment", comment).param("at", Timestamp.from(clock.instant()))
                .param("account", me.user().accountId())
                .update();
    }

    /** The client's comments, newest first. */
    public List<Comment> of(UUID clientId) {
        return jdbc.sql("""
                        select comment, written_at from client_comment
                        where client_id = :client order by written_at desc, id""")
                .param("client", clientId)
                .query((rs, row) -> new Comment(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }
}

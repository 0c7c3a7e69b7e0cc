package fi.placera.portal.internal;

import fi.placera.clients.PlanComments;
import fi.placera.platform.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Comments a client writes on their action plan, and the team's replies to them (decision 0066): the coach reads the
 * comments on the plan part and the record timeline and replies on the plan part; the client reads the replies under
 * their comments on their own pages.
 */
@Service
public class ClientComments implements PlanComments {

    /** Longer comments and replies are refused with a message; the text stays in the form. */
    public static final int MAX_LENGTH = MAX_REPLY;

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    private final JdbcClient jdbc;
    private final Clock clock;

    ClientComments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The comment as it will be saved, or a refusal next to the field: empty, or longer than {@value #MAX_LENGTH}. */
    public static String checked(String text) {
        return checked(text, "comment", "portal.comment.too-long");
    }

    private static String checked(String text, String field, String tooLong) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new Rejection(field, "validation.required");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new Rejection(field, tooLong, MAX_LENGTH);
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

    /**
     * Stores the team's reply to one of this client's comments. A comment of another client, or none, is refused
     * exactly alike for the whole form and logged as a security event: the id was not one the plan part showed.
     */
    public void reply(UUID clientId, UUID commentId, String text, UUID accountId) {
        String reply = checked(text, "reply", "portal.reply.too-long");
        int stored = jdbc.sql("""
                        insert into client_comment_reply (id, comment_id, area_id, reply, replied_at, account_id)
                        select :id, c.id, c.area_id, :reply, :at, :account from client_comment c
                        where c.id = :comment and c.client_id = :client""")
                .param("id", UUID.randomUUID()).param("comment", commentId).param("client", clientId)
                .param("reply", reply).param("at", Timestamp.from(clock.instant())).param("account", accountId)
                .update();
        if (stored == 0) {
            SECURITY.atWarn().addKeyValue("event", "reply_to_unknown_comment")
                    .log("security event reply_to_unknown_comment");
            throw new Rejection(null, "portal.reply.no-comment");
        }
    }

    /** The client's comments, newest first, each with its replies, oldest first. */
    @Override
    public List<Comment> of(UUID clientId) {
        Map<UUID, List<Reply>> replies = jdbc.sql("""
                        select r.comment_id, r.reply, r.replied_at from client_comment_reply r
                        join client_comment c on c.id = r.comment_id
                        where c.client_id = :client order by r.replied_at, r.id""")
                .param("client", clientId)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        new Reply(rs.getString(2), rs.getTimestamp(3).toInstant())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select id, comment, written_at from client_comment
                        where client_id = :client order by written_at desc, id""")
                .param("client", clientId)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Comment(id, rs.getString(2), rs.getTimestamp(3).toInstant(),
                            replies.getOrDefault(id, List.of()));
                })
                .list();
    }
}

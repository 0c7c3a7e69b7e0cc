package fi.placera.statutory.internal;

import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Handlers;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.AdminRefusals;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import fi.placera.statutory.AccessibilityFeedback;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accessibility feedback in PostgreSQL, one row per message; an area's messages are counted under a lock. */
@Service
class JdbcAccessibilityFeedback implements AccessibilityFeedback {

    private static final Logger SECURITY = LoggerFactory.getLogger("placera.security");
    private static final String OBJECT_KIND = "ACCESSIBILITY_FEEDBACK";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminChanges changes;
    private final Notifications notifications;

    JdbcAccessibilityFeedback(JdbcClient jdbc, Clock clock, AdminChanges changes, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public UUID send(short areaId, String language, Message typed) {
        String message = required(typed.message(), MESSAGE_MAX, "message");
        String name = optional(typed.name(), NAME_MAX, "name");
        String contact = optional(typed.contact(), NAME_MAX, "contact");
        String page = optional(typed.page(), PAGE_MAX, "page");
        Instant now = Instant.now(clock);
        // one sender at a time per area, so that the count below cannot be passed by sending in parallel
        jdbc.sql("select pg_advisory_xact_lock(hashtext('accessibility_feedback'), :area)").param("area", areaId)
                .query().singleValue();
        int lastHour = jdbc.sql("""
                        select count(*) from accessibility_feedback where area_id = :area and received_at > :since""")
                .param("area", areaId).param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class).single();
        if (lastHour >= PER_AREA_PER_HOUR) {
            SECURITY.atWarn().addKeyValue("event", "feedback_rate_limited").addKeyValue("area", areaId)
                    .log("security event feedback_rate_limited");
            throw new Rejection(null, "statutory.accessibility.feedback.too-many");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accessibility_feedback
                            (id, area_id, language, name, contact, page, message, received_at)
                        values (:id, :area, :language, :name, :contact, :page, :message, :now)""")
                .param("id", id).param("area", areaId).param("language", language).param("name", name)
                .param("contact", contact).param("page", page).param("message", message)
                .param("now", Timestamp.from(now)).update();
        notifications.toHandlers(areaId, Handlers.ADMINISTRATORS, Kind.FEEDBACK);
        return id;
    }

    @Override
    public List<Feedback> list(Administrator reader) {
        return jdbc.sql("""
                        select id, area_id, language, name, contact, page, message, received_at, handled_at
                        from accessibility_feedback where cast(:area as smallint) is null or area_id = :area
                        order by handled_at is not null, received_at desc limit 500""")
                .param("area", reader.areaId())
                .query(JdbcAccessibilityFeedback::feedback).list();
    }

    @Override
    public Optional<Feedback> find(Administrator reader, UUID id) {
        Optional<Feedback> found = jdbc.sql("""
                        select id, area_id, language, name, contact, page, message, received_at, handled_at
                        from accessibility_feedback where id = :id""")
                .param("id", id).query(JdbcAccessibilityFeedback::feedback).optional();
        if (found.isPresent() && !reader.covers(found.get().areaId())) {
            AdminRefusals.outsideArea(reader, OBJECT_KIND);
            return Optional.empty();
        }
        return found;
    }

    @Override
    @Transactional
    public boolean handle(Administrator by, UUID id) {
        Optional<Feedback> feedback = find(by, id);
        if (feedback.isEmpty()) {
            return false;
        }
        if (feedback.get().open()) {
            jdbc.sql("""
                            update accessibility_feedback set handled_at = :now, handled_by = :by
                            where id = :id and handled_at is null""")
                    .param("now", Timestamp.from(Instant.now(clock))).param("by", by.accountId()).param("id", id)
                    .update();
            changes.record(by, AdminChange.of(OBJECT_KIND, id, feedback.get().areaId(), "FEEDBACK_HANDLED", "open",
                    "handled"));
        }
        return true;
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new Feedback(rs.getObject("id", UUID.class), rs.getShort("area_id"), rs.getString("language"),
                rs.getString("name"), rs.getString("contact"), rs.getString("page"), rs.getString("message"),
                rs.getTimestamp("received_at").toInstant(), handled == null ? null : handled.toInstant());
    }
}

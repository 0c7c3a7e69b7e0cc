package fi.placera.portal.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Handlers;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.Rejection;
import fi.placera.portal.RightsRequest;
import fi.placera.portal.RightsRequestKind;
import fi.placera.portal.RightsRequestState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of rights requests: made by the client (or by staff on their behalf), handled by the area's team
 * leaders, each with a state, a one-month deadline and every change of state kept in {@code rights_request_event}
 * with who and when.
 */
@Service
public class RightsRequests {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;

    RightsRequests(JdbcClient jdbc, Clock clock, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** One change of a request's state, as kept. */
    public record Event(int seq, RightsRequestState state, String note, Instant occurredAt) {
    }

    /** Records a request of the client, received now; a copy of the data is completed at once (it is downloaded). */
    @Transactional
    public RightsRequest make(UUID clientId, short areaId, RightsRequestKind kind, String details, PlaceraUser madeBy) {
        if (kind == null) {
            throw new Rejection("kind", "validation.required");
        }
        String text = details == null || details.isBlank() ? null : details.strip();
        if (text != null && text.length() > RightsRequest.MAX_TEXT) {
            throw new Rejection("details", "rights.text.too-long", RightsRequest.MAX_TEXT);
        }
        if (text == null && kind != RightsRequestKind.ACCESS && kind != RightsRequestKind.ERASURE) {
            throw new Rejection("details", "rights.details.required");
        }
        Instant now = clock.instant();
        RightsRequest request = new RightsRequest(UUID.randomUUID(), clientId, areaId, kind, text,
                RightsRequestState.RECEIVED, now, RightsRequest.deadline(now), null, 0);
        jdbc.sql("""
                        insert into rights_request (id, client_id, area_id, kind, details, state, received_at, due_on,
                                                    made_by, version)
                        values (:id, :client, :area, :kind, :details, 'RECEIVED', :at, :due, :by, 0)""")
                .param("id", request.id()).param("client", clientId).param("area", areaId).param("kind", kind.name())
                .param("details", text).param("at", Timestamp.from(now)).param("due", request.dueOn())
                .param("by", madeBy.accountId())
                .update();
        event(request.id(), RightsRequestState.RECEIVED, text, madeBy);
        notifications.toHandlers(areaId, Handlers.TEAM_LEADERS, Kind.RIGHTS_REQUEST);
        return request;
    }

    /** A copy of the data the client downloaded themselves: received and completed in one go. */
    @Transactional
    public RightsRequest copyDownloaded(UUID clientId, short areaId, String format, PlaceraUser client) {
        RightsRequest request = make(clientId, areaId, RightsRequestKind.ACCESS, null, client);
        return move(client, request.id(), request.version(), RightsRequestState.COMPLETED, "downloaded as " + format);
    }

    /**
     * Moves a request to its next state if nobody moved it since {@code version} (else a conflict, the note kept by
     * the caller); the refusal of a move that is not allowed is a message next to the field.
     */
    @Transactional
    public RightsRequest move(PlaceraUser user, UUID id, int version, RightsRequestState next, String note) {
        RightsRequest request = find(id).orElseThrow(() -> new Rejection(null, "rights.not-found"));
        if (request.version() != version) {
            throw new Rejection(null, "form.conflict");
        }
        String text = request.checkMove(next, note);
        int updated = jdbc.sql("""
                        update rights_request set state = :state, resolution = coalesce(:note, resolution),
                               version = version + 1
                        where id = :id and version = :version""")
                .param("state", next.name()).param("note", text).param("id", id).param("version", version).update();
        if (updated != 1) {
            throw new Rejection(null, "form.conflict");
        }
        event(id, next, text, user);
        return find(id).orElseThrow();
    }

    public Optional<RightsRequest> find(UUID id) {
        return jdbc.sql("""
                        select id, client_id, area_id, kind, details, state, received_at, due_on, resolution, version
                        from rights_request where id = :id""")
                .param("id", id).query((rs, row) -> request(rs)).optional();
    }

    /** The client's requests, newest first. */
    public List<RightsRequest> ofClient(UUID clientId) {
        return jdbc.sql("""
                        select id, client_id, area_id, kind, details, state, received_at, due_on, resolution, version
                        from rights_request where client_id = :client order by received_at desc, id""")
                .param("client", clientId).query((rs, row) -> request(rs)).list();
    }

    /** The area's queue: open requests first, by deadline, then the closed ones of the last year. */
    public List<RightsRequest> queue(short areaId) {
        return jdbc.sql("""
                        select id, client_id, area_id, kind, details, state, received_at, due_on, resolution, version
                        from rights_request
                        where area_id = :area and (state in ('RECEIVED', 'IN_PROGRESS') or received_at > :since)
                        order by state in ('COMPLETED', 'REFUSED'), due_on, received_at""")
                .param("area", areaId).param("since", Timestamp.from(clock.instant().minusSeconds(366L * 24 * 3600)))
                .query((rs, row) -> request(rs)).list();
    }

    public List<Event> events(UUID requestId) {
        return jdbc.sql("""
                        select seq, state, note, occurred_at from rights_request_event
                        where request_id = :id order by seq""")
                .param("id", requestId)
                .query((rs, row) -> new Event(rs.getInt(1), RightsRequestState.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), RightsRequest.HELSINKI);
    }

    private void event(UUID requestId, RightsRequestState state, String note, PlaceraUser user) {
        jdbc.sql("""
                        insert into rights_request_event (request_id, seq, state, note, occurred_at, account_id)
                        values (:id, (select coalesce(max(seq), 0) + 1 from rights_request_event where request_id = :id),
                                :state, :note, :at, :by)""")
                .param("id", requestId).param("state", state.name()).param("note", note)
                .param("at", Timestamp.from(clock.instant())).param("by", user.accountId())
                .update();
    }

    private static RightsRequest request(ResultSet rs) throws SQLException {
        return new RightsRequest(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getShort("area_id"), RightsRequestKind.valueOf(rs.getString("kind")), rs.getString("details"),
                RightsRequestState.valueOf(rs.getString("state")), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("due_on", LocalDate.class), rs.getString("resolution"), rs.getInt("version"));
    }
}

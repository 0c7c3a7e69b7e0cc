package fi.placera.identity.internal;

import fi.placera.identity.InformationKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Emergency access grants in {@code break_glass_access}. */
@Repository
public class BreakGlassGrants {

    static final Duration LIFETIME = Duration.ofHours(3);
    private final JdbcClient jdbc;
    private final Clock clock;

    BreakGlassGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Instant open(UUID accountId, UUID clientId, short areaId, String reason, Set<InformationKind> kinds) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql("""
                        insert into break_glass_access (id, account_id, client_id, area_id, reason, opened_at, expires_at,
                                                        kinds)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), accountId, clientId, areaId, reason, Timestamp.from(now), Timestamp.from(expires),
                        kinds.stream().map(Enum::name).toArray(String[]::new))
                .update();
        return expires;
    }

    /** The kinds of the client's information that the account's emergency grants in force name; empty without one. */
    public Set<InformationKind> activeKinds(UUID accountId, UUID clientId) {
        Timestamp now = Timestamp.from(clock.instant());
        return kinds(jdbc.sql("""
                        select coalesce(string_agg(distinct kind, ','), '') from break_glass_access, unnest(kinds) kind
                        where account_id = ? and client_id = ? and opened_at <= ? and expires_at > ?""")
                .params(accountId, clientId, now, now)
                .query(String.class).single());
    }

    private static Set<InformationKind> kinds(String listed) {
        Set<InformationKind> kinds = EnumSet.noneOf(InformationKind.class);
        for (String kind : listed.split(",")) {
            if (!kind.isEmpty()) {
                kinds.add(InformationKind.valueOf(kind));
            }
        }
        return kinds;
    }

    /** Grants in an area that the team leader has not reviewed yet, oldest first. */
    public List<BreakGlassGrant> unreviewed(short areaId) {
        return jdbc.sql("""
                        select g.id, g.account_id, a.display_name, g.client_id, g.reason, g.opened_at, g.expires_at,
                               array_to_string(g.kinds, ',')
                        from break_glass_access g join user_account a on a.id = g.account_id
                        where g.area_id = ? and g.reviewed_at is null
                        order by g.opened_at""")
                .param(areaId)
                .query((rs, row) -> new BreakGlassGrant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), kinds(rs.getString(8))))
                .list();
    }

    /** Marks a grant of the reviewer's area as reviewed; returns whether there was one to mark. */
    public boolean markReviewed(UUID grantId, short areaId, UUID reviewerAccountId) {
        return jdbc.sql("""
                        update break_glass_access set reviewed_at = ?, reviewed_by = ?
                        where id = ? and area_id = ? and reviewed_at is null""")
                .params(Timestamp.from(clock.instant()), reviewerAccountId, grantId, areaId)
                .update() == 1;
    }

    /** One emergency access, as the team leader reviews it, with the kinds of information it opened. */
    public record BreakGlassGrant(UUID id, UUID accountId, String openedBy, UUID clientId, String reason,
            Instant openedAt, Instant expiresAt, Set<InformationKind> kinds) {
    }
}

package fi.placera.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * What a user typed into a page form that arrived after their session had ended, kept until they sign in again
 * (issue 28 §7, decision 0063). Since the session is gone when such a form arrives, the form itself says whose it
 * is: an owner tag, a keyed MAC of the account id that the server can check it made (the part after the dot) without
 * knowing the account. The input is offered only to the account whose tag it carries, once, within
 * {@link #KEPT_FOR}; the parameters are sealed with the secrets key, so a copy of the database holds no typed text.
 */
@Component
public class KeptInputs {

    /** The most a kept form may hold (its serialised parameters); larger ones are not kept. */
    public static final int MAX_CHARS = 64 * 1024;
    public static final Duration KEPT_FOR = Duration.ofMinutes(30);
    /** Open tabs of one person; more than this in half an hour is not a person typing. */
    static final int MAX_PER_OWNER = 10;
    private static final String OWNER = "kept-input owner";
    private static final String GENUINE = "kept-input genuine";

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final ObjectMapper json;
    private final SecurityEvents events;
    private final Clock clock;

    KeptInputs(JdbcClient jdbc, SecretBox box, ObjectMapper json, SecurityEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.box = box;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** A kept form as it is given back: the form's action and the parameters as a JSON object of string arrays. */
    public record KeptForm(String actionPath, String parametersJson) {
    }

    /** The tag every page form of this account carries: the account's MAC, a dot, and the server's MAC of that. */
    public String ownerTag(UUID accountId) {
        String owner = box.tag(OWNER, accountId.toString());
        return owner + "." + box.tag(GENUINE, owner);
    }

    /** Whether the server made this tag (for some account); a forged or altered one is not. */
    public boolean genuine(String ownerTag) {
        int dot = ownerTag.indexOf('.');
        return dot > 0 && ownerTag.length() <= 100
                && same(box.tag(GENUINE, ownerTag.substring(0, dot)), ownerTag.substring(dot + 1));
    }

    /**
     * Keeps a form's parameters for its owner; empty when the tag is not genuine, the form is too large or its owner
     * already has {@link #MAX_PER_OWNER} kept forms. The paths must be same-origin paths (the caller checks).
     */
    @Transactional
    public Optional<UUID> keep(String ownerTag, String actionPath, String returnPath, Map<String, List<String>> parameters) {
        if (!genuine(ownerTag)) {
            events.keptInputRefused("owner tag not genuine");
            return Optional.empty();
        }
        String typed = json.writeValueAsString(parameters);
        if (typed.length() > MAX_CHARS) {
            events.keptInputRefused("too large");
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (jdbc.sql("select count(*) from kept_input where owner_tag = ? and expires_at > ?")
                .params(ownerTag, Timestamp.from(now)).query(Long.class).single() >= MAX_PER_OWNER) {
            events.keptInputRefused("too many");
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into kept_input (id, owner_tag, action_path, return_path, parameters, kept_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ownerTag, actionPath, returnPath, box.seal(typed, id.toString()), Timestamp.from(now),
                        Timestamp.from(now.plus(KEPT_FOR)))
                .update();
        return Optional.of(id);
    }

    /**
     * After a sign-in: the page to go back to when the kept form is this account's. Someone else's (a shared
     * computer) is deleted unseen and the refusal logged, without its contents.
     */
    @Transactional
    public Optional<String> claim(UUID id, UUID accountId) {
        Optional<Row> row = row(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!same(row.get().ownerTag(), ownerTag(accountId))) {
            delete(id);
            events.keptInputDiscarded(accountId);
            return Optional.empty();
        }
        return Optional.of(row.get().returnPath());
    }

    /** The kept form of this account for this page, deleted as it is taken: it is shown once. */
    @Transactional
    public Optional<KeptForm> take(UUID id, UUID accountId, String pagePath) {
        Optional<Row> row = row(id).filter(kept -> same(kept.ownerTag(), ownerTag(accountId))
                && kept.returnPath().equals(pagePath));
        row.ifPresent(kept -> delete(id));
        return row.map(kept -> new KeptForm(kept.actionPath(), box.open(kept.parameters(), id.toString())));
    }

    /** Deletes what was kept and not taken in time. */
    public int purgeExpired() {
        return jdbc.sql("delete from kept_input where expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }

    /** {@link #purgeExpired} every few minutes, on one node. */
    @Scheduled(fixedDelayString = "${placera.kept-input.purge-interval:5m}", initialDelayString = "1m")
    @SchedulerLock(name = "kept-input-purge")
    public void purgeOnSchedule() {
        purgeExpired();
    }

    private record Row(String ownerTag, String actionPath, String returnPath, String parameters) {
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("""
                        select owner_tag, action_path, return_path, parameters from kept_input
                        where id = ? and expires_at > ?""")
                .params(id, Timestamp.from(clock.instant())).query(Row.class).optional();
    }

    private void delete(UUID id) {
        jdbc.sql("delete from kept_input where id = ?").param(id).update();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

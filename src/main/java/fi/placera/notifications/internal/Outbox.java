package fi.placera.notifications.internal;

import fi.placera.notifications.Notifications;
import fi.placera.platform.web.Languages;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: {@link Notifications} writes rows in the caller's transaction, and {@link #deliver} sends the due rows
 * every few seconds. Several nodes deliver at once without sending a message twice: each claims its rows with
 * {@code for update skip locked} and marks them sent before its transaction ends, so another node neither waits for
 * them nor sees them unsent (decision 0038). A refused row waits twice as long each time ({@link #backOff}) and after
 * {@value #MAX_ATTEMPTS} attempts is marked failed. A sent or failed row keeps no arguments, so no message can be
 * read back from it; with no mail relay configured e-mail waits.
 */
@Service
public class Outbox implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final Duration KEPT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Templates templates;
    private final ObjectProvider<MailSender> mail;
    private final SmsSender sms;
    private final Duration firstRetry;
    private final TransactionTemplate transactions;

    Outbox(JdbcClient jdbc, Clock clock, Templates templates, ObjectProvider<MailSender> mail, SmsSender sms,
            @Value("${placera.notifications.first-retry:1m}") Duration firstRetry,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.templates = templates;
        this.mail = mail;
        this.sms = sms;
        this.firstRetry = firstRetry;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public int toClient(UUID clientId, Kind kind, List<String> arguments) {
        record Reach(Channel channel, String address, String language) {
        }
        // the published channels are those the client gave and allows: one turned off is not there
        List<Reach> reach = jdbc.sql("""
                        select c.channel, c.address, l.preferred_language from clients_facts_contact_channel c
                        join clients_facts_preferred_language l on l.client_id = c.client_id
                        where c.client_id = :client order by c.channel""")
                .param("client", clientId)
                .query((rs, row) -> new Reach(Channel.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
        reach.forEach(to -> queue(to.channel(), to.address(), to.language(), kind, arguments));
        return reach.size();
    }

    @Override
    public int toStaff(Collection<UUID> staffMemberIds, Kind kind) {
        if (staffMemberIds.isEmpty()) {
            return 0;
        }
        List<String> addresses = jdbc.sql("""
                        select distinct email from organisation_facts_staff_email where staff_member_id = any (:ids)""")
                .param("ids", staffMemberIds.toArray(UUID[]::new)).query(String.class).list();
        addresses.forEach(address -> queue(Channel.EMAIL, address, null, kind, List.of()));
        return addresses.size();
    }

    @Override
    public int toCoachOf(UUID clientId, Kind kind) {
        List<UUID> staff = jdbc.sql("""
                        select coach_staff_id from clients_facts_client where client_id = :client
                          and coach_staff_id is not null
                        union
                        select m.staff_member_id from clients_facts_client c
                        join organisation_facts_team_member m on m.ips_team_id = c.ips_team_id
                        where c.client_id = :client and c.coach_staff_id is null and m.team_role = 'TEAM_LEADER'""")
                .param("client", clientId).query(UUID.class).list();
        return toStaff(staff, kind);
    }

    @Override
    public int toHandlers(short areaId, Handlers handlers, Kind kind) {
        List<UUID> staff = jdbc.sql("""
                        select staff_member_id from identity_facts_staff_role
                        where role = :role and (area_id = :area or :role = 'ADMIN' and area_id is null)""")
                .param("role", handlers == Handlers.TEAM_LEADERS ? "TEAM_LEADER" : "ADMIN").param("area", areaId)
                .query(UUID.class).list();
        return toStaff(staff, kind);
    }

    @Override
    public UUID toAddress(String address, Locale language, Kind kind, List<String> arguments) {
        return queue(Channel.EMAIL, address, Languages.supportedOrDefault(language).getLanguage(), kind, arguments);
    }

    @Override
    public void forget(String address) {
        jdbc.sql("delete from mail_outbox where recipient = :address").param("address", address).update();
    }

    private UUID queue(Channel channel, String recipient, String language, Kind kind, List<String> arguments) {
        if (arguments.size() != kind.arguments()) {
            throw new IllegalArgumentException(kind + " takes " + kind.arguments() + " arguments");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_outbox (id, channel, recipient, kind, language, arguments, created_at)
                        values (:id, :channel, :recipient, :kind, :language, :arguments, :at)""")
                .param("id", id).param("channel", channel.name()).param("recipient", recipient)
                .param("kind", kind.name()).param("language", language)
                .param("arguments", arguments.toArray(String[]::new))
                .param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    /** Sends what is due; returns how many were sent. */
    @Scheduled(fixedDelayString = "${placera.mail.delivery-interval:5s}")
    public int deliver() {
        jdbc.sql("delete from mail_outbox where sent_at < :before or failed_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEPT))).update();
        return deliverWith(Optional.ofNullable(mail.getIfAvailable()));
    }

    /** Sends the due rows through this relay (none: e-mail waits) and the SMS sender. */
    int deliverWith(Optional<MailSender> relay) {
        return transactions.execute(status -> sendClaimed(relay));
    }

    private record Pending(UUID id, Channel channel, String recipient, Kind kind, Optional<Locale> language,
            List<String> arguments, int attempts) {
    }

    /** Sends the rows this transaction claims; a row another node has claimed is skipped, not waited for. */
    private int sendClaimed(Optional<MailSender> relay) {
        List<String> channels = relay.isPresent() ? List.of("EMAIL", "SMS") : List.of("SMS");
        List<Pending> pending = jdbc.sql("""
                        select id, channel, recipient, kind, language, arguments, attempts from mail_outbox
                        where sent_at is null and failed_at is null and channel = any (:channels)
                          and (next_attempt_at is null or next_attempt_at <= :now)
                        order by created_at limit 50
                        for update skip locked""")
                .param("channels", channels.toArray(String[]::new)).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Pending(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)),
                        rs.getString(3), Kind.valueOf(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)).map(Locale::forLanguageTag), strings(rs.getArray(6)),
                        rs.getInt(7)))
                .list();
        int sent = 0;
        for (Pending message : pending) {
            try {
                send(message, relay);
                jdbc.sql("""
                                update mail_outbox set sent_at = :at, arguments = null, attempts = attempts + 1,
                                    last_error = null where id = :id""")
                        .param("at", Timestamp.from(clock.instant())).param("id", message.id()).update();
                sent++;
            } catch (RuntimeException refused) {
                refused(message, refused);
            }
        }
        return sent;
    }

    private void send(Pending message, Optional<MailSender> relay) {
        Templates.Text text = templates.render(message.kind(), message.language(), message.arguments());
        if (message.channel() == Channel.EMAIL) {
            relay.orElseThrow().send(message.recipient(), text.subject(), text.body());
        } else {
            sms.send(message.recipient(), text.body());
        }
    }

    /** Counts the attempt; tries again after the back-off, or gives up after the last attempt. */
    private void refused(Pending message, RuntimeException refused) {
        int attempts = message.attempts() + 1;
        String error = refused.getClass().getSimpleName();
        log.warn("{} {} not sent (attempt {}): {}", message.channel(), message.id(), attempts, error);
        Instant now = clock.instant();
        if (attempts >= MAX_ATTEMPTS) {
            jdbc.sql("""
                            update mail_outbox set attempts = :attempts, failed_at = :now, arguments = null,
                                last_error = :error where id = :id""")
                    .param("attempts", attempts).param("now", Timestamp.from(now)).param("error", error)
                    .param("id", message.id()).update();
            return;
        }
        jdbc.sql("""
                        update mail_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error
                        where id = :id""")
                .param("attempts", attempts).param("next", Timestamp.from(now.plus(backOff(attempts))))
                .param("error", error).param("id", message.id()).update();
    }

    /** The wait after the n-th refused attempt: the first retry's wait, doubled each time, at most six hours. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
    }
}

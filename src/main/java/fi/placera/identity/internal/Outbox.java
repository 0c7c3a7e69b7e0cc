package fi.placera.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outgoing mail: {@link #queue} writes a row in the caller's transaction (so a code exists only if its mail does), and
 * {@link #deliver} sends the unsent rows through the {@link MailSender} every few seconds, then clears their body. With
 * no relay configured nothing is sent and the rows wait. Several nodes deliver at once without sending a mail twice:
 * each claims its rows with {@code for update skip locked} and marks them sent before its transaction ends, so another
 * node neither waits for them nor sees them unsent (decision 0038).
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<MailSender> sender;

    private final TransactionTemplate transactions;

    Outbox(JdbcClient jdbc, Clock clock, ObjectProvider<MailSender> sender, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Queues one mail; returns its id. */
    public UUID queue(String recipient, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_outbox (id, recipient, subject, body, created_at)
                        values (:id, :recipient, :subject, :body, :at)""")
                .param("id", id).param("recipient", recipient).param("subject", subject).param("body", body)
                .param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    private record Pending(UUID id, String recipient, String subject, String body) {
    }

    /** Sends what waits; returns how many were sent. */
    @Scheduled(fixedDelayString = "${placera.mail.delivery-interval:5s}")
    public int deliver() {
        // sent mail is kept a month (for questions about delivery), then its row goes too
        jdbc.sql("delete from mail_outbox where sent_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30)))).update();
        MailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        return transactions.execute(status -> sendClaimed(mail));
    }

    /** Sends the rows this transaction claims; a row another node has claimed is skipped, not waited for. */
    private int sendClaimed(MailSender mail) {
        List<Pending> pending = jdbc.sql("""
                        select id, recipient, subject, body from mail_outbox
                        where sent_at is null and body is not null and attempts < :max order by created_at limit 50
                        for update skip locked""")
                .param("max", MAX_ATTEMPTS)
                .query((rs, row) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        int sent = 0;
        for (Pending mailItem : pending) {
            try {
                mail.send(mailItem.recipient(), mailItem.subject(), mailItem.body());
                jdbc.sql("update mail_outbox set sent_at = :at, body = null, attempts = attempts + 1 where id = :id")
                        .param("at", Timestamp.from(clock.instant())).param("id", mailItem.id()).update();
                sent++;
            } catch (RuntimeException refused) {
                log.warn("mail {} not sent: {}", mailItem.id(), refused.getClass().getSimpleName());
                jdbc.sql("update mail_outbox set attempts = attempts + 1 where id = :id").param("id", mailItem.id())
                        .update();
            }
        }
        return sent;
    }
}

package fi.placera.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.placera.clients.ClientContacts;
import fi.placera.evaluation.Questionnaires;
import fi.placera.notifications.Notifications;
import fi.placera.notifications.Notifications.Kind;
import fi.placera.platform.web.Languages;
import fi.placera.statutory.AccessibilityFeedback;
import fi.placera.testing.DemoUsers;
import fi.placera.testing.Given;
import fi.placera.testing.MutableClock;
import fi.placera.testing.PlaceraIT;
import fi.placera.testing.TestTeams;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications that reach people (issue 26 §4, decision 0079), delivered to a real SMTP server in the test JVM
 * (GreenMail): each kind in fi, sv and en; nothing but the message's kind, language and template arguments is kept,
 * and those only until sent; no health data in any message; a channel the client turned off reaches nothing; another
 * team's coach is never told; two senders at once send each row once; a refusing relay is retried later and later,
 * then the row is marked failed.
 */
@PlaceraIT
class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired Outbox outbox;
    @Autowired Notifications notifications;
    @Autowired ClientContacts contacts;
    @Autowired Questionnaires questionnaires;
    @Autowired AccessibilityFeedback feedback;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    @Autowired DemoUsers users;
    @Autowired Given given;
    @Autowired TestTeams teams;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactionManager;
    private TransactionTemplate transactions;

    @BeforeEach
    void inTransactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    private Optional<MailSender> relay() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        return Optional.of(new SmtpMailSender(mail, "placera@example.fi"));
    }

    /** Delivers until nothing more goes (rows of other tests may go too: they are sent to the same server). */
    private void deliverAll() {
        while (outbox.deliverWith(relay()) > 0) {
            // again
        }
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address))) {
                received.add(message);
            }
        }
        return received;
    }

    /** The text as the recipient reads it (decoded from the transfer encoding). */
    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** A client of a new coach, speaking the language, with this e-mail (and a phone) allowed. */
    private UUID clientReachableAt(String coach, String language, String email) throws Exception {
        UUID client = given.client(coach).named("Salli", "Salainen").speaking(language).create();
        mvc.perform(users.as(coach, post("/clients/" + client + "/contact")).with(csrf())
                        .param("email", email).param("emailAllowed", "true")
                        .param("phone", "+358 40 123 4567").param("phoneAllowed", "true"))
                .andExpect(status().is3xxRedirection());
        return client;
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
    }

    @Test
    void eachKindReachesItsRecipientInTheirLanguage() throws Exception {
        for (Locale language : Languages.SUPPORTED) {
            String coach = users.newCoach();
            String email = address("client");
            UUID client = clientReachableAt(coach, language.getLanguage(), email);
            UUID by = jdbc.sql("select id from user_account where username = ?").param(coach).query(UUID.class)
                    .single();
            var link = transactions.execute(status -> questionnaires.issueLink(new Questionnaires.NewResponse(
                    UUID.randomUUID(), "WHO-5", (short) 17, UUID.fromString(Given.DEMO_TEAM), client, "BASELINE",
                    null, null, null, by), language.getLanguage(), Questionnaires.LINK_VALID_DAYS));
            transactions.executeWithoutResult(status -> {
                notifications.toClient(client, Kind.QUESTIONNAIRE_REMINDER, List.of("/me"));
                notifications.toClient(client, Kind.APPOINTMENT_REMINDER, List.of("8.12.2026", "09:30"));
            });
            String login = address("login");
            notifications.toAddress(login, language, Kind.LOGIN_CODE, List.of("12345678", "10"));
            deliverAll();

            List<MimeMessage> toClient = receivedBy(email);
            assertThat(toClient).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                    text("notify.questionnaire-link.subject", language),
                    text("notify.questionnaire-reminder.subject", language),
                    text("notify.appointment-reminder.subject", language));
            assertThat(toClient).extracting(NotificationsIT::body).anySatisfy(body ->
                    assertThat(body).contains("http://localhost:8080/q/" + link.token()));
            assertThat(body(receivedBy(login).get(0))).contains("12345678");
            assertThat(receivedBy(login).get(0).getSubject()).isEqualTo(text("notify.login-code.subject", language));
            // not even that the client is in an IPS service (a mental-health service) shows in a message
            assertThat(toClient).allSatisfy(message -> assertThat(message.getSubject() + body(message))
                    .doesNotContain("IPS", "Salli", "Salainen"));
            // the phone allowed too: the same messages wait for (or went through) the SMS sender
            assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = '+358 40 123 4567' and channel = 'SMS'"
                    + " and created_at >= now() - interval '1 hour'").query(Integer.class).single()).isPositive();
        }
    }

    @Test
    void staffAreToldThatSomethingWaitsInEveryLanguageAndNothingMore() throws Exception {
        var team = teams.create("Ilmoitustiimi");
        String coach = team.member("Valmentaja", "COACH", "1");
        String leader = team.member("Vetäjä", "TEAM_LEADER", "0.5");
        var other = teams.create("Toinen ilmoitustiimi");
        String otherCoach = other.member("Muu", "COACH", "1");
        UUID client = team.client(coach, "Salainen");
        // an administrator of the area with a work address: a staff member whose account has the role
        String admin = team.member("Pääkäyttäjä", "COACH", "0.1");
        jdbc.sql("update account_role set role = 'ADMIN' where account_id = (select id from user_account where username = ?)")
                .param(admin).update();

        transactions.executeWithoutResult(status -> notifications.toCoachOf(client, Kind.URGENT_TASK));
        mvc.perform(post("/me/requests").with(users.as(users.newClientAccount())).with(csrf())
                .param("kind", "RECTIFICATION").param("details", "Diagnoosini F32.1 on kirjattu väärin"))
                .andExpect(status().is3xxRedirection());
        feedback.send((short) 17, "fi", new AccessibilityFeedback.Message("Salli Salainen", null, "/me",
                "Masennukseni vuoksi en jaksa lukea pitkää tekstiä"));
        deliverAll();

        MimeMessage urgent = receivedBy(coach + "@example.fi").get(0);
        String subject = urgent.getSubject();
        String body = body(urgent);
        for (Locale language : Languages.SUPPORTED) {
            assertThat(subject).contains(text("notify.urgent-task.subject", language));
            assertThat(body).contains(text("notify.urgent-task.body", language));
        }
        assertThat(receivedBy(otherCoach + "@example.fi")).as("another team's coach").isEmpty();
        assertThat(receivedBy(leader + "@example.fi")).extracting(MimeMessage::getSubject)
                .anySatisfy(toLeader -> assertThat(toLeader).contains(text("notify.rights-request.subject", Locale.ENGLISH)));
        List<MimeMessage> toAdmin = receivedBy(admin + "@example.fi");
        assertThat(toAdmin).as("the feedback reaches the area's administrators, once").hasSize(1);
        assertThat(toAdmin.get(0).getSubject()).contains(text("notify.feedback.subject", Locale.ENGLISH));
        for (MimeMessage message : smtp.getReceivedMessages()) {
            assertThat(message.getSubject() + body(message)).as("no health data, no name")
                    .doesNotContain("Salainen", "Salli", "F32", "diagnoos", "Masennu", "IPS");
        }
    }

    @Test
    void aChannelTheClientTurnedOffReachesNothing() throws Exception {
        String email = address("off");
        UUID client = clientReachableAt(users.newCoach(), "fi", email);
        contacts.turnOff(client, ClientContacts.Channel.EMAIL);
        int queued = transactions.execute(status ->
                notifications.toClient(client, Kind.APPOINTMENT_REMINDER, List.of("8.12.2026", "09:30")));
        assertThat(queued).as("the phone only").isEqualTo(1);
        contacts.turnOff(client, ClientContacts.Channel.PHONE);
        int none = transactions.execute(status ->
                notifications.toClient(client, Kind.APPOINTMENT_REMINDER, List.of("8.12.2026", "09:30")));
        assertThat(none).isZero();
        deliverAll();
        assertThat(receivedBy(email)).isEmpty();
        // a client with no contact details at all is reached by nothing either
        UUID silent = given.client(users.newCoach()).create();
        int toSilent = transactions.execute(status ->
                notifications.toClient(silent, Kind.QUESTIONNAIRE_REMINDER, List.of("/me")));
        assertThat(toSilent).isZero();
    }

    @Test
    void aSentMessageLeavesNoTextBehind() throws Exception {
        String login = address("kept");
        UUID id = notifications.toAddress(login, Locale.ENGLISH, Kind.LOGIN_CODE, List.of("87654321", "10"));
        deliverAll();
        assertThat(receivedBy(login)).hasSize(1);
        assertThat(jdbc.sql("select arguments is null and sent_at is not null from mail_outbox where id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        select string_agg(column_name, ' ') from information_schema.columns
                        where table_schema = current_schema() and table_name = 'mail_outbox'""")
                .query(String.class).single()).doesNotContain("body", "subject");
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String recipient = "twice-" + batch + "-" + i + "@example.fi";
            recipients.add(recipient);
            notifications.toAddress(recipient, Locale.ENGLISH, Kind.LOGIN_CODE, List.of("11112222", "10"));
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<?>> rounds = new ArrayList<>();
        for (int sender = 0; sender < 2; sender++) {
            rounds.add(senders.submit(this::deliverAll));
        }
        for (Future<?> round : rounds) {
            round.get(2, TimeUnit.MINUTES);
        }
        senders.shutdown();
        for (String recipient : recipients) {
            assertThat(receivedBy(recipient)).as(recipient).hasSize(1);
        }
    }

    @Test
    void aRefusingRelayIsTriedLaterAndLaterThenTheMessageIsRecordedFailed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort);
        Optional<MailSender> refusing = Optional.of(new SmtpMailSender(nowhere, "placera@example.fi"));
        MutableClock clock = users.clock();
        Duration before = clock.offset();
        String recipient = address("refused");
        // what other test classes left waiting goes first: a delivery takes the oldest rows, so this one is due among them
        deliverAll();
        UUID id = notifications.toAddress(recipient, Locale.ENGLISH, Kind.LOGIN_CODE, List.of("33334444", "10"));
        try {
            Duration previousWait = Duration.ZERO;
            for (int attempt = 1; attempt < Outbox.MAX_ATTEMPTS; attempt++) {
                outbox.deliverWith(refusing);
                Duration wait = Duration.between(clock.instant(), jdbc.sql(
                        "select next_attempt_at from mail_outbox where id = ?").param(id)
                        .query(java.sql.Timestamp.class).single().toInstant());
                // measured from a moment just after the attempt's own
                assertThat(wait).as("wait after attempt %d", attempt).isGreaterThan(previousWait)
                        .isBetween(outbox.backOff(attempt).minusSeconds(1), outbox.backOff(attempt));
                previousWait = wait;
                outbox.deliverWith(refusing);
                assertThat(attempts(id)).as("not tried again before its time").isEqualTo(attempt);
                clock.advance(wait);
            }
            outbox.deliverWith(refusing);
            assertThat(jdbc.sql("""
                            select failed_at is not null and sent_at is null and arguments is null
                                and last_error like 'Mail%' from mail_outbox where id = ?""")
                    .param(id).query(Boolean.class).single()).isTrue();
            clock.advance(Duration.ofDays(1));
            deliverAll();
            assertThat(receivedBy(recipient)).as("a failed message is not sent later").isEmpty();
        } finally {
            clock.resetTo(before);
        }
    }

    private int attempts(UUID id) {
        return jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single();
    }
}

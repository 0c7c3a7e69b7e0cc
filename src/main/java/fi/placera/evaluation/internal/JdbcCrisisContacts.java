package fi.placera.evaluation.internal;

import fi.placera.audit.AdminChanges;
import fi.placera.evaluation.CrisisContacts;
import fi.placera.organisation.AuditedAreaContacts;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Crisis contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcCrisisContacts extends AuditedAreaContacts<CrisisContacts.Contacts> implements CrisisContacts {

    JdbcCrisisContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        super(new AreaTexts<>(jdbc, clock, "evaluation_crisis_contact", List.of(
                        new Text("crisis_line", "crisisLine", true), new Text("emergency", "emergency", true),
                        new Text("local_help", "localHelp", false)), MAX_LENGTH,
                (values, own) -> new Contacts(values.get(0), values.get(1), values.get(2), own),
                contacts -> Arrays.asList(contacts.crisisLine(), contacts.emergency(), contacts.localHelp())),
                changes, "CRISIS_CONTACTS", "CRISIS_CONTACTS_SET");
    }
}

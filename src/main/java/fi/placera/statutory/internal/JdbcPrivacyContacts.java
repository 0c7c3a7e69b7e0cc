package fi.placera.statutory.internal;

import fi.placera.audit.AdminChanges;
import fi.placera.organisation.AuditedAreaContacts;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import fi.placera.statutory.PrivacyContacts;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Privacy-notice contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcPrivacyContacts extends AuditedAreaContacts<PrivacyContacts.Contacts> implements PrivacyContacts {

    JdbcPrivacyContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        super(new AreaTexts<>(jdbc, clock, "privacy_notice_contact", List.of(
                        new Text("controller", "controller", true), new Text("dpo", "dpo", true),
                        new Text("contact", "contact", true)), MAX_LENGTH,
                (values, own) -> new Contacts(values.get(0), values.get(1), values.get(2), own),
                contacts -> Arrays.asList(contacts.controller(), contacts.dpo(), contacts.contact())),
                changes, "PRIVACY_NOTICE", "PRIVACY_CONTACTS_SET");
    }
}

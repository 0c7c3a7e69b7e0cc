package fi.placera.statutory.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import fi.placera.statutory.PrivacyContacts;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Privacy-notice contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcPrivacyContacts implements PrivacyContacts {

    private final AreaTexts<Contacts> texts;
    private final AdminChanges changes;

    JdbcPrivacyContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.texts = new AreaTexts<>(jdbc, clock, "privacy_notice_contact", List.of(
                new Text("controller", "controller", true), new Text("dpo", "dpo", true),
                new Text("contact", "contact", true)), MAX_LENGTH,
                (values, own) -> new Contacts(values.get(0), values.get(1), values.get(2), own),
                contacts -> Arrays.asList(contacts.controller(), contacts.dpo(), contacts.contact()));
        this.changes = changes;
    }

    @Override
    public Contacts of(short areaId, String language) {
        return texts.of(areaId, language);
    }

    @Override
    public Map<String, Contacts> typed(Function<String, String> form) {
        return texts.typed(form);
    }

    @Override
    @Transactional
    public void set(Administrator by, short areaId, Map<String, Contacts> byLanguage) {
        AreaTexts.Change change = texts.set(areaId, byLanguage, by.accountId());
        changes.record(by, AdminChange.of("PRIVACY_NOTICE", areaId, areaId, "PRIVACY_CONTACTS_SET", change.before(),
                change.after()));
    }
}

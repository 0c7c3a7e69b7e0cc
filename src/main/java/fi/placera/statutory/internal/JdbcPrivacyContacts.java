package fi.placera.statutory.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import fi.placera.platform.persistence.AreaTexts.Texts;
import fi.placera.statutory.PrivacyContacts;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Privacy-notice contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcPrivacyContacts implements PrivacyContacts {

    private static final String OBJECT_KIND = "PRIVACY_NOTICE";

    private final AreaTexts texts;
    private final AdminChanges changes;

    JdbcPrivacyContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.texts = new AreaTexts(jdbc, clock, "privacy_notice_contact", List.of(
                new Text("controller", "controller", true), new Text("dpo", "dpo", true),
                new Text("contact", "contact", true)), MAX_LENGTH);
        this.changes = changes;
    }

    @Override
    public Contacts of(short areaId, String language) {
        Texts area = texts.of(areaId, language);
        return new Contacts(area.value(0), area.value(1), area.value(2), area.areasOwn());
    }

    @Override
    @Transactional
    public void set(Administrator by, short areaId, Map<String, Contacts> byLanguage) {
        Contacts before = of(areaId, "fi");
        texts.set(areaId, byLanguage.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                language -> typed(language.getValue()))), by.accountId());
        changes.record(by, AdminChange.of(OBJECT_KIND, areaId, areaId, "PRIVACY_CONTACTS_SET",
                summary(before), summary(byLanguage.get("fi"))));
    }

    /** The texts in the order of the columns; a text not typed is null (and refused). */
    private static List<String> typed(Contacts contacts) {
        return Arrays.asList(contacts.controller(), contacts.dpo(), contacts.contact());
    }

    private static String summary(Contacts contacts) {
        return contacts.controller() + " | " + contacts.dpo() + " | " + contacts.contact();
    }
}

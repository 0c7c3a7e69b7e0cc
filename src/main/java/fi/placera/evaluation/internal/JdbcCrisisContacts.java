package fi.placera.evaluation.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.evaluation.CrisisContacts;
import fi.placera.platform.Administrator;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import fi.placera.platform.persistence.AreaTexts.Texts;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crisis contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcCrisisContacts implements CrisisContacts {

    private static final String OBJECT_KIND = "CRISIS_CONTACTS";

    private final AreaTexts texts;
    private final AdminChanges changes;

    JdbcCrisisContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.texts = new AreaTexts(jdbc, clock, "evaluation_crisis_contact", List.of(
                new Text("crisis_line", "crisisLine", true), new Text("emergency", "emergency", true),
                new Text("local_help", "localHelp", false)), MAX_LENGTH);
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
        changes.record(by, AdminChange.of(OBJECT_KIND, areaId, areaId, "CRISIS_CONTACTS_SET", summary(before),
                summary(byLanguage.get("fi"))));
    }

    /** The texts in the order of the columns; a text not typed is null (and refused where required). */
    private static List<String> typed(Contacts contacts) {
        return Arrays.asList(contacts.crisisLine(), contacts.emergency(), contacts.localHelp());
    }

    private static String summary(Contacts contacts) {
        return contacts.crisisLine() + " | " + contacts.emergency() + " | " + contacts.localHelp();
    }
}

package fi.placera.evaluation.internal;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.evaluation.CrisisContacts;
import fi.placera.platform.Administrator;
import fi.placera.platform.persistence.AreaTexts;
import fi.placera.platform.persistence.AreaTexts.Text;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crisis contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcCrisisContacts implements CrisisContacts {

    private final AreaTexts<Contacts> texts;
    private final AdminChanges changes;

    JdbcCrisisContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.texts = new AreaTexts<>(jdbc, clock, "evaluation_crisis_contact", List.of(
                new Text("crisis_line", "crisisLine", true), new Text("emergency", "emergency", true),
                new Text("local_help", "localHelp", false)), MAX_LENGTH,
                (values, own) -> new Contacts(values.get(0), values.get(1), values.get(2), own),
                contacts -> Arrays.asList(contacts.crisisLine(), contacts.emergency(), contacts.localHelp()));
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
        changes.record(by, AdminChange.of("CRISIS_CONTACTS", areaId, areaId, "CRISIS_CONTACTS_SET", change.before(),
                change.after()));
    }
}

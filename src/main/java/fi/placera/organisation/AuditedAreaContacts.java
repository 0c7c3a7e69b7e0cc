package fi.placera.organisation;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.persistence.AreaTexts;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.annotation.Transactional;

/**
 * Area contacts kept in the owning module's table ({@link AreaTexts}), each change one row of the administrators'
 * audit trail under the owner's object kind. A module's store is this class with its table and texts.
 */
public class AuditedAreaContacts<T> implements AreaContacts<T> {

    private final AreaTexts<T> texts;
    private final AdminChanges changes;
    private final String objectKind;
    private final String action;

    /** {@code objectKind} and {@code action} name the change in the trail (e.g. CRISIS_CONTACTS, …_SET). */
    protected AuditedAreaContacts(AreaTexts<T> texts, AdminChanges changes, String objectKind, String action) {
        this.texts = texts;
        this.changes = changes;
        this.objectKind = objectKind;
        this.action = action;
    }

    @Override
    public T of(short areaId, String language) {
        return texts.of(areaId, language);
    }

    @Override
    public Map<String, T> typed(Function<String, String> form) {
        return texts.typed(form);
    }

    @Override
    @Transactional
    public void set(Administrator by, short areaId, Map<String, T> byLanguage) {
        AreaTexts.Change change = texts.set(areaId, byLanguage, by.accountId());
        changes.record(by, AdminChange.of(objectKind, areaId, areaId, action, change.before(),
                change.after()));
    }
}

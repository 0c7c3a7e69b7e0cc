package fi.placera.evaluation.internal;

import static fi.placera.platform.Checks.limited;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.evaluation.CrisisContacts;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crisis contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcCrisisContacts implements CrisisContacts {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final String OBJECT_KIND = "CRISIS_CONTACTS";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminChanges changes;

    JdbcCrisisContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public Contacts of(short areaId, String language) {
        String spoken = LANGUAGES.contains(language) ? language : "fi";
        return jdbc.sql("""
                        select crisis_line, emergency, local_help, area_id is not null from evaluation_crisis_contact
                        where (area_id = :area or area_id is null) and language = :language
                        order by area_id nulls last limit 1""")
                .param("area", areaId).param("language", spoken)
                .query((rs, row) -> new Contacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
    }

    @Override
    @Transactional
    public void set(Administrator by, short areaId, Map<String, Contacts> byLanguage) {
        Contacts before = of(areaId, "fi");
        for (String language : LANGUAGES) {
            Contacts contacts = byLanguage.get(language);
            if (contacts == null) {
                throw new Rejection(language + "-crisisLine", "validation.required");
            }
            set(areaId, language, contacts, by.accountId());
        }
        changes.record(by, AdminChange.of(OBJECT_KIND, areaId, areaId, "CRISIS_CONTACTS_SET", summary(before),
                summary(byLanguage.get("fi"))));
    }

    private static String summary(Contacts contacts) {
        return contacts.crisisLine() + " | " + contacts.emergency() + " | " + contacts.localHelp();
    }

    private void set(short areaId, String language, Contacts contacts, UUID by) {
        String crisisLine = required(contacts.crisisLine(), MAX_LENGTH, language + "-crisisLine");
        String emergency = required(contacts.emergency(), MAX_LENGTH, language + "-emergency");
        String localHelp = limited(contacts.localHelp(), MAX_LENGTH, language + "-localHelp");
        jdbc.sql("""
                        insert into evaluation_crisis_contact (area_id, language, crisis_line, emergency, local_help,
                            updated_by, updated_at)
                        values (:area, :language, :crisisLine, :emergency, :localHelp, :by, :now)
                        on conflict (area_id, language) do update set crisis_line = excluded.crisis_line,
                            emergency = excluded.emergency, local_help = excluded.local_help,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("area", areaId).param("language", language).param("crisisLine", crisisLine)
                .param("emergency", emergency).param("localHelp", localHelp == null ? "" : localHelp.strip())
                .param("by", by).param("now", Timestamp.from(Instant.now(clock))).update();
    }
}

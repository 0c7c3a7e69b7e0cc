package fi.placera.statutory.internal;

import static fi.placera.platform.Checks.required;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import fi.placera.statutory.PrivacyContacts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Privacy-notice contacts in PostgreSQL: the area's own row for a language, else the national default (no area). */
@Service
class JdbcPrivacyContacts implements PrivacyContacts {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final String OBJECT_KIND = "PRIVACY_NOTICE";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminChanges changes;

    JdbcPrivacyContacts(JdbcClient jdbc, Clock clock, AdminChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public Contacts of(short areaId, String language) {
        String spoken = LANGUAGES.contains(language) ? language : "fi";
        return jdbc.sql("""
                        select controller, dpo, contact, area_id is not null from privacy_notice_contact
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
                throw new Rejection(language + "-controller", "validation.required");
            }
            set(by, areaId, language, contacts);
        }
        changes.record(by, AdminChange.of(OBJECT_KIND, areaId, areaId, "PRIVACY_CONTACTS_SET",
                summary(before), summary(byLanguage.get("fi"))));
    }

    private void set(Administrator by, short areaId, String language, Contacts contacts) {
        jdbc.sql("""
                        insert into privacy_notice_contact
                            (area_id, language, controller, dpo, contact, updated_by, updated_at)
                        values (:area, :language, :controller, :dpo, :contact, :by, :now)
                        on conflict (area_id, language) do update set controller = excluded.controller,
                            dpo = excluded.dpo, contact = excluded.contact,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("area", areaId).param("language", language)
                .param("controller", required(contacts.controller(), MAX_LENGTH, language + "-controller"))
                .param("dpo", required(contacts.dpo(), MAX_LENGTH, language + "-dpo"))
                .param("contact", required(contacts.contact(), MAX_LENGTH, language + "-contact"))
                .param("by", by.accountId()).param("now", Timestamp.from(Instant.now(clock))).update();
    }

    private static String summary(Contacts contacts) {
        return contacts.controller() + " | " + contacts.dpo() + " | " + contacts.contact();
    }
}

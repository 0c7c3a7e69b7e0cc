package fi.placera.clients.internal;

import fi.placera.clients.ClientCorrections;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections of a client's names and language, each with the previous value in {@code client_correction}. */
@Service
class JdbcClientCorrections implements ClientCorrections {

    private static final int MAX_NAME = 100;
    private static final int MAX_REASON = 2000;

    private final ClientRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcClientCorrections(ClientRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void correct(PlaceraUser user, UUID clientId, Field field, String newValue, String reason) {
        Client client = registry.client(user, clientId, InformationKind.IDENTITY, "rectification")
                .orElseThrow(() -> new Rejection(null, "rights.not-found"));
        if (field == null) {
            throw new Rejection("field", "validation.required");
        }
        String value = newValue == null ? "" : newValue.strip();
        boolean valid = field == Field.PREFERRED_LANGUAGE ? value.matches("fi|sv|en")
                : !value.isEmpty() && value.length() <= MAX_NAME;
        if (!valid) {
            throw new Rejection("newValue", field == Field.PREFERRED_LANGUAGE ? "rights.correction.language"
                    : "rights.correction.name");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new Rejection("reason", "rights.correction.reason");
        }
        String previous = switch (field) {
            case FIRST_NAME -> client.firstName();
            case LAST_NAME -> client.lastName();
            case PREFERRED_LANGUAGE -> client.preferredLanguage();
        };
        int updated = switch (field) {
            case FIRST_NAME -> jdbc.sql("""
                            update client set first_name = :value, version = version + 1
                            where id = :id and version = :version""")
                    .param("value", value).param("id", clientId).param("version", client.version()).update();
            case LAST_NAME -> jdbc.sql("""
                            update client set last_name = :value, version = version + 1
                            where id = :id and version = :version""")
                    .param("value", value).param("id", clientId).param("version", client.version()).update();
            case PREFERRED_LANGUAGE -> jdbc.sql("""
                            update client set preferred_language = :value, version = version + 1
                            where id = :id and version = :version""")
                    .param("value", value).param("id", clientId).param("version", client.version()).update();
        };
        if (updated != 1) {
            throw new Rejection(null, "form.conflict");
        }
        jdbc.sql("""
                        insert into client_correction (id, client_id, area_id, field, previous_value, new_value, reason,
                                                       corrected_at, corrected_by)
                        values (:id, :client, :area, :field, :previous, :value, :reason, :at, :by)""")
                .param("id", UUID.randomUUID()).param("client", clientId).param("area", client.areaId())
                .param("field", field.name()).param("previous", previous).param("value", value).param("reason", why)
                .param("at", Timestamp.from(clock.instant())).param("by", user.accountId())
                .update();
    }

    @Override
    public List<Correction> history(UUID clientId) {
        return jdbc.sql("""
                        select field, previous_value, new_value, reason, corrected_at, corrected_by
                        from client_correction where client_id = :client order by corrected_at, id""")
                .param("client", clientId)
                .query((rs, row) -> new Correction(Field.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class)))
                .list();
    }
}

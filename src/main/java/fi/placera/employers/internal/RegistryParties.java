package fi.placera.employers.internal;

import fi.placera.consent.EmployerParties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gives the consent module the area's employers to name in a consent (reads the registry, nothing else). */
@Component
class RegistryParties implements EmployerParties {

    private final JdbcClient jdbc;

    RegistryParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EmployerParty> employersOf(short areaId) {
        return jdbc.sql("select id, name from employer where area_id = ? order by lower(name), id")
                .param(areaId)
                .query((rs, row) -> new EmployerParty(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    @Override
    public Optional<String> nameOf(short areaId, UUID employerId) {
        return jdbc.sql("select name from employer where area_id = ? and id = ?")
                .params(areaId, employerId)
                .query(String.class)
                .optional();
    }
}

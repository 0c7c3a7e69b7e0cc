package fi.placera.clients.internal;

import fi.placera.platform.facts.KeptFacts;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients' episodes and phases, kept as tables by the triggers of V134 and V135 (decision 0087), compared with
 * their definitions over the records ({@code clients_facts_differences()}).
 */
@Component
class KeptClientFacts implements KeptFacts {

    private final JdbcClient jdbc;

    KeptClientFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> names() {
        return List.of("clients_facts_episode", "clients_facts_phase");
    }

    @Override
    public List<Difference> differences() {
        return jdbc.sql("select fact, client_id, difference, fact_row from clients_facts_differences()")
                .query((rs, row) -> new Difference(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}

package fi.placera.clients.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClientRepository extends ListCrudRepository<Client, UUID> {

    @Query("select * from client where area_id = :areaId and ips_team_id in (:teams) order by last_name, first_name")
    List<Client> findByAreaAndTeams(short areaId, java.util.Collection<UUID> teams);

    @Query("select * from client where area_id = :areaId and coach_staff_id = :coach order by last_name, first_name")
    List<Client> findByAreaAndCoach(short areaId, UUID coach);
}

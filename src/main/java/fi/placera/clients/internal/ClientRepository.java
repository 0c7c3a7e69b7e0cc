package fi.placera.clients.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClientRepository extends ListCrudRepository<Client, UUID> {

    /** The teams' clients by name: those whose service goes on, or all of them (ended services too). */
    @Query("""
            select c.* from client c where c.area_id = :areaId and c.ips_team_id in (:teams)
              and (:withEnded or (not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null
                                                and e.referred_again_on is null)
                                  and not exists (select 1 from referral r where r.client_id = c.id and r.ended_on is not null
                                                    and r.referred_again_on is null)))
            order by c.last_name, c.first_name""")
    List<Client> findByAreaAndTeams(short areaId, java.util.Collection<UUID> teams, boolean withEnded);

    /** The coach's clients whose service goes on: not ended (or re-entered), referral not closed without enrolment. */
    @Query("""
            select c.* from client c where c.area_id = :areaId and c.coach_staff_id = :coach
              and not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null
                                and e.referred_again_on is null)
              and not exists (select 1 from referral r where r.client_id = c.id and r.ended_on is not null
                                and r.referred_again_on is null)
            order by c.last_name, c.first_name""")
    List<Client> findInServiceByAreaAndCoach(short areaId, UUID coach);

    /** Whether the client's service goes on, as {@link #findInServiceByAreaAndCoach} defines it. */
    @Query("""
            select exists (select 1 from client c where c.id = :clientId
              and not exists (select 1 from service_end e where e.client_id = c.id and e.reentered_on is null
                                and e.referred_again_on is null)
              and not exists (select 1 from referral r where r.client_id = c.id and r.ended_on is not null
                                and r.referred_again_on is null))""")
    boolean inService(UUID clientId);

    /** The teams' clients whose tracker reference (imports_facts_client_ref) is this text, in any case. */
    @Query("""
            select r.client_id from imports_facts_client_ref r
            where r.area_id = :areaId and r.ips_team_id in (:teams) and lower(r.client_ref) = lower(:reference)""")
    List<UUID> findByAreaAndTeamsAndReference(short areaId, java.util.Collection<UUID> teams, String reference);

    /** The area's client with this identity code: there is at most one (unique per area). */
    Optional<Client> findByAreaIdAndIdentityCode(short areaId, String identityCode);

    /** The area's clients with any of these identity codes. */
    List<Client> findByAreaIdAndIdentityCodeIn(short areaId, java.util.Collection<String> identityCodes);
}

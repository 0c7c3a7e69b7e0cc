package fi.placera.clients.internal;

import fi.placera.identity.AccessDecisions;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PageAccess;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.Organisation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A care-team member's patients in IPS (issue 27 §1, decision 0083): the clients in service who consent today to share
 * who they are with one of the member's care teams. Each row shown is one logged read naming the kinds it showed; the
 * phase, coach and next meeting only when the client shares the service record with the care team. Nothing of a client
 * who never consented or withdrew, nothing of another care team's patients.
 */
@Service
public class CareTeamPatients {

    /** The purpose of the read, in the client's "who read my data". */
    static final String PURPOSE = "care team patients";
    /** What the workspace shows of a client beyond who they are, when shared. */
    private static final Set<InformationKind> SHOWN = EnumSet.of(InformationKind.SERVICE_RECORD);
    private static final DataClassRowMapper<Client> CLIENT = new DataClassRowMapper<>(Client.class);

    /**
     * One patient as the care team sees them: {@code service} is null unless the service record is shared;
     * {@code shared} are the kinds the client shares with the care team today.
     */
    public record Patient(Client client, InService service, Set<InformationKind> shared) {
    }

    /** The phase (REFERRED or ENROLLED), the coach (null: waiting for one) and the next appointment (null: none). */
    public record InService(String phase, UUID coachStaffId, LocalDate nextMeetingOn, LocalTime nextMeetingAt) {
    }

    private record Row(Client client, InService service) {
    }

    private final JdbcClient jdbc;
    private final AccessDecisions access;
    private final Organisation organisation;
    private final Clock clock;

    CareTeamPatients(JdbcClient jdbc, AccessDecisions access, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The member's patients in IPS, by name; none for someone who is not a care-team member. */
    public List<Patient> of(PlaceraUser user) {
        Set<UUID> careTeams = organisation.membershipsOf(user.staffMemberId()).careTeams();
        if (!user.has(Role.CARE_TEAM_MEMBER) || user.areaId() == null || careTeams.isEmpty()) {
            return List.of();
        }
        return candidates(user.areaId(), careTeams).stream().map(row -> shown(user, row)).filter(Objects::nonNull)
                .toList();
    }

    /** The access decision has the last word on each row (and logs it): the consent may have ended a moment ago. */
    private Patient shown(PlaceraUser user, Row row) {
        PageAccess decided = access.decidePage(user, row.client().scope(), EnumSet.of(InformationKind.IDENTITY), SHOWN,
                PURPOSE);
        if (!decided.opens()) {
            return null;
        }
        return new Patient(row.client(), decided.readable().contains(InformationKind.SERVICE_RECORD) ? row.service()
                : null, decided.readable());
    }

    private List<Row> candidates(short areaId, Set<UUID> careTeams) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select c.*, p.phase, n.day as next_day, n.starts_at as next_at
                        from client c
                        join clients_facts_in_service s on s.client_id = c.id
                        join clients_facts_phase p on p.client_id = c.id
                        left join lateral (select a.day, a.starts_at from meetings_facts_appointment a
                                           where a.client_id = c.id and a.day >= :today
                                           order by a.day, a.starts_at limit 1) n on true
                        where c.area_id = :area
                          and exists (select 1 from consent_facts_care_team_share(:today) k
                                      where k.client_id = c.id and k.care_team_id in (:careTeams) and k.kind = 'IDENTITY')
                        order by c.last_name, c.first_name, c.id""")
                .param("today", today).param("area", areaId).param("careTeams", careTeams)
                .query((rs, n) -> {
                    Client client = CLIENT.mapRow(rs, n);
                    return new Row(client, new InService(rs.getString("phase"), client.coachStaffId(),
                            rs.getObject("next_day", LocalDate.class), rs.getObject("next_at", LocalTime.class)));
                }).list();
    }
}

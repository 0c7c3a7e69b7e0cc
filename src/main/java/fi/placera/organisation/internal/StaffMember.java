package fi.placera.organisation.internal;

import java.util.Set;
import java.util.UUID;
import fi.placera.platform.persistence.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person working in a welfare area's IPS service or care, with their team memberships. */
@Table("staff_member")
public record StaffMember(@Id UUID id, short areaId, String firstName, String lastName, String email,
        String phone,
        @MappedCollection(idColumn = "staff_member_id") Set<IpsTeamMembership> ipsTeams,
        @MappedCollection(idColumn = "staff_member_id") Set<CareTeamMembership> careTeams,
        @Version Integer version)
        implements Versioned<StaffMember> {

    public StaffMember {
        ipsTeams = ipsTeams == null ? Set.of() : Set.copyOf(ipsTeams);
        careTeams = careTeams == null ? Set.of() : Set.copyOf(careTeams);
    }

    @Override
    public StaffMember withVersion(Integer newVersion) {
        return new StaffMember(id, areaId, firstName, lastName, email, phone, ipsTeams, careTeams, newVersion);
    }
}

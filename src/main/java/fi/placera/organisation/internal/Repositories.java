package fi.placera.organisation.internal;

import fi.placera.organisation.WelfareArea;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface WelfareAreaRepository extends ListCrudRepository<WelfareArea, Short> {
    List<WelfareArea> findAllByOrderByNameFi();
}

interface IpsTeamRepository extends ListCrudRepository<IpsTeam, UUID> {
    List<IpsTeam> findAllByOrderByName();

    List<IpsTeam> findByAreaIdOrderByName(short areaId);
}

interface CareTeamRepository extends ListCrudRepository<CareTeam, UUID> {
    List<CareTeam> findAllByOrderByName();

    List<CareTeam> findByAreaIdOrderByName(short areaId);
}

interface StaffMemberRepository extends ListCrudRepository<StaffMember, UUID> {
    List<StaffMember> findAllByOrderByLastNameAscFirstNameAsc();
}

package fi.placera.evaluation.internal;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.organisation.IpsTeamSummary;
import fi.placera.organisation.Organisation;
import fi.placera.platform.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose team-level evaluation figures a user sees: the team's own coaches and leader in full; the managers of its
 * welfare area and evaluators (every team) with small cells hidden. Anything else is not found.
 */
@Component
public class TeamAccess {

    private final Organisation organisation;

    TeamAccess(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The teams the user may see, their own first; each once. */
    public List<IpsTeamSummary> teams(PlaceraUser user) {
        Map<UUID, IpsTeamSummary> teams = new LinkedHashMap<>();
        own(user).forEach(team -> teams.putIfAbsent(team.id(), team));
        if (user.has(Role.MANAGER) && user.areaId() != null) {
            organisation.ipsTeamsIn(user.areaId()).forEach(team -> teams.putIfAbsent(team.id(), team));
        }
        if (user.has(Role.EVALUATOR)) {
            organisation.areas().forEach(area -> organisation.ipsTeamsIn(area.id())
                    .forEach(team -> teams.putIfAbsent(team.id(), team)));
        }
        return List.copyOf(teams.values());
    }

    /** The team asked for by code, or the user's first. */
    public IpsTeamSummary team(PlaceraUser user, String code) {
        return teams(user).stream().filter(team -> code == null || code.isBlank() || team.code().equals(code))
                .findFirst().orElseThrow(NotFound::new);
    }

    /** Whether the user works in the team (sees its figures in full). */
    public boolean inside(PlaceraUser user, IpsTeamSummary team) {
        return own(user).stream().anyMatch(t -> t.id().equals(team.id()));
    }

    /** Whether the user leads the team (sets its programme period). */
    public boolean leads(PlaceraUser user, IpsTeamSummary team) {
        return user.has(Role.TEAM_LEADER) && inside(user, team);
    }

    /**
     * Whether the user is a coach or the leader of the team: who may see and close the safety alerts of its clients
     * (never anyone outside the team, emergency access included).
     */
    public boolean worksIn(PlaceraUser user, UUID ipsTeamId) {
        return own(user).stream().anyMatch(team -> team.id().equals(ipsTeamId));
    }

    /** The ids of the teams the user is a coach or the leader of. */
    public List<UUID> ownTeamIds(PlaceraUser user) {
        return own(user).stream().map(IpsTeamSummary::id).toList();
    }

    private List<IpsTeamSummary> own(PlaceraUser user) {
        List<IpsTeamSummary> teams = new ArrayList<>();
        if (user.staffMemberId() != null && (user.has(Role.COACH) || user.has(Role.TEAM_LEADER))) {
            teams.addAll(organisation.ipsTeamsOf(user.staffMemberId()));
        }
        return teams;
    }
}

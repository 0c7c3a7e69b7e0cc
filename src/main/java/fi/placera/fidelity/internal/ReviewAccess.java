package fi.placera.fidelity.internal;

import fi.placera.fidelity.FidelityReviews;
import fi.placera.fidelity.FidelityReviews.Review;
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
 * Who may see and change which team's reviews: the team's coaches and leader and the managers of its welfare
 * area work on them; evaluators read published reviews of every team. A review holds team-level figures only,
 * so no client's consent is involved. Anything else is not found.
 */
@Component
public class ReviewAccess {

    private final FidelityReviews reviews;
    private final Organisation organisation;

    ReviewAccess(FidelityReviews reviews, Organisation organisation) {
        this.reviews = reviews;
        this.organisation = organisation;
    }

    /** The teams whose reviews the user may list, their own first; each once. */
    public List<IpsTeamSummary> teams(PlaceraUser user) {
        Map<UUID, IpsTeamSummary> teams = new LinkedHashMap<>();
        working(user).forEach(team -> teams.putIfAbsent(team.id(), team));
        if (user.has(Role.EVALUATOR)) {
            organisation.areas().forEach(area -> organisation.ipsTeamsIn(area.id())
                    .forEach(team -> teams.putIfAbsent(team.id(), team)));
        }
        return List.copyOf(teams.values());
    }

    /** The team asked for by code, or the user's first, if the user may list its reviews. */
    public IpsTeamSummary team(PlaceraUser user, String code) {
        return teams(user).stream().filter(team -> code == null || code.isBlank() || team.code().equals(code))
                .findFirst().orElseThrow(ReviewAccess::notFound);
    }

    /** Whether the user works on this team's reviews (opens, scores, publishes) rather than only reading them. */
    public boolean works(PlaceraUser user, IpsTeamSummary team) {
        return working(user).stream().anyMatch(t -> t.id().equals(team.id()));
    }

    /** The team's reviews the user may read: all of them for those who work on them, else the published ones. */
    public List<Review> reviewsOf(PlaceraUser user, IpsTeamSummary team) {
        boolean works = works(user, team);
        return reviews.ofTeam(team.id()).stream().filter(review -> works || review.published()).toList();
    }

    /** A review the user may read, else not found. */
    public Review readable(PlaceraUser user, UUID id) {
        Review review = reviews.find(id).orElseThrow(ReviewAccess::notFound);
        IpsTeamSummary team = teamOf(user, review);
        if (!works(user, team) && !review.published()) {
            throw notFound();
        }
        return review;
    }

    /** A review the user may change, else not found. */
    public Review workable(PlaceraUser user, UUID id) {
        Review review = reviews.find(id).orElseThrow(ReviewAccess::notFound);
        if (!works(user, teamOf(user, review))) {
            throw notFound();
        }
        return review;
    }

    public IpsTeamSummary teamOf(PlaceraUser user, Review review) {
        return teams(user).stream().filter(team -> team.id().equals(review.ipsTeamId())).findFirst()
                .orElseThrow(ReviewAccess::notFound);
    }

    private List<IpsTeamSummary> working(PlaceraUser user) {
        List<IpsTeamSummary> teams = new ArrayList<>();
        if (user.staffMemberId() != null && (user.has(Role.COACH) || user.has(Role.TEAM_LEADER))) {
            teams.addAll(organisation.ipsTeamsOf(user.staffMemberId()));
        }
        if (user.has(Role.MANAGER) && user.areaId() != null) {
            teams.addAll(organisation.ipsTeamsIn(user.areaId()));
        }
        return teams;
    }

    private static NotFound notFound() {
        return new NotFound();
    }
}

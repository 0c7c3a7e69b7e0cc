package fi.placera.research;

import fi.placera.identity.PlaceraUser;
import java.util.List;
import java.util.Optional;

/** Research studies: created by an administrator, used by their evaluators. */
public interface Studies {

    Optional<Study> find(long studyId);

    /**
     * The studies this user may see: an evaluator the studies they are named in, an administrator of a welfare
     * area the studies that cover the area (a national administrator, without an area, all). Others none.
     */
    List<Study> visibleTo(PlaceraUser user);

    /** Whether this user is one of the study's evaluators (the only users who run its extracts). */
    boolean isEvaluator(PlaceraUser user, Study study);

    /**
     * Creates a study and its pseudonymisation key file; refused (Rejection naming the field) without a name, a
     * basis, areas, a period, or with a linkage permission but no permit or no trusted third party, or with an
     * evaluator user name that is not an enabled evaluator's.
     */
    Study create(NewStudy study, PlaceraUser by);

    /** What an administrator types to create a study; checked by {@link #create}. */
    record NewStudy(String name, List<Short> areaIds, java.time.LocalDate from, java.time.LocalDate to,
            Study.Basis basis, String basisReference, Study.DateHandling dateHandling, boolean linkagePermitted,
            String trustedThirdParty, List<String> evaluatorUsernames) {
    }
}

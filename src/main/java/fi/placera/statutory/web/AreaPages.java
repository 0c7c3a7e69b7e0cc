package fi.placera.statutory.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.organisation.Organisation;
import fi.placera.organisation.WelfareArea;
import fi.placera.platform.NotFound;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The welfare area a public page is about: the one in its path, or the signed-in user's own. */
@Component
class AreaPages {

    private final Organisation organisation;

    AreaPages(Organisation organisation) {
        this.organisation = organisation;
    }

    WelfareArea area(short areaId) {
        return organisation.area(areaId).orElseThrow(NotFound::new);
    }

    /** The page of the user's own area, if they are signed in and belong to one. */
    Optional<String> ownAreaPage(PlaceraUser user, String page) {
        return Optional.ofNullable(user).map(PlaceraUser::areaId).map(area -> "redirect:" + page + "/" + area);
    }

    List<WelfareArea> areas() {
        return organisation.areas();
    }
}

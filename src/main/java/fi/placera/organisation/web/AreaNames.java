package fi.placera.organisation.web;

import fi.placera.organisation.WelfareArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Welfare areas by id, for list pages that show an area's name beside each row. */
final class AreaNames {

    private AreaNames() {
    }

    static Map<Short, WelfareArea> of(List<WelfareArea> areas) {
        return areas.stream().collect(Collectors.toMap(WelfareArea::id, Function.identity()));
    }
}

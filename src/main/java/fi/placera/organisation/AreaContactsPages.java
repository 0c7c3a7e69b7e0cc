package fi.placera.organisation;

import fi.placera.platform.Administrator;
import fi.placera.platform.NotFound;
import fi.placera.platform.web.Forms;
import fi.placera.platform.web.Languages;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' pages of one kind of {@link AreaContacts}: the areas the administrator may edit, and one form per
 * area with the texts in every language. An area's administrator edits only their own area, a national administrator
 * any; another area is not found, and the refusal is a security event. The owning module's controller gives the path
 * (its {@code @RequestMapping} too), the views ({@code <views>-areas}, {@code <views>-contacts}) and the object kind.
 */
public abstract class AreaContactsPages<T> {

    private final AreaContacts<T> contacts;
    private final Organisation organisation;
    private final String path;
    private final String views;
    private final String objectKind;

    protected AreaContactsPages(AreaContacts<T> contacts, Organisation organisation, String path, String views,
            String objectKind) {
        this.contacts = contacts;
        this.organisation = organisation;
        this.path = path;
        this.views = views;
        this.objectKind = objectKind;
    }

    @GetMapping
    public String areas(Administrator admin, Model model) {
        model.addAttribute("areas", organisation.areasOf(admin));
        return views + "-areas";
    }

    @GetMapping("/{areaId}")
    public String area(Administrator admin, @PathVariable short areaId, Model model) {
        WelfareArea area = editable(admin, areaId);
        Map<String, T> typed = new LinkedHashMap<>();
        Languages.TAGS.forEach(language -> typed.put(language, contacts.of(area.id(), language)));
        return page(area, typed, new MapBindingResult(new HashMap<>(), "contacts"), model);
    }

    @PostMapping("/{areaId}")
    public String save(Administrator admin, @PathVariable short areaId,
            @RequestParam MultiValueMap<String, String> form, Model model) {
        WelfareArea area = editable(admin, areaId);
        Map<String, T> typed = contacts.typed(form::getFirst);
        BindingResult errors = new MapBindingResult(new HashMap<>(), "contacts");
        if (!Forms.saved(errors, () -> contacts.set(admin, area.id(), typed))) {
            return page(area, typed, errors, model);
        }
        return "redirect:" + path + "/" + areaId + "?saved";
    }

    private String page(WelfareArea area, Map<String, T> typed, BindingResult errors, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("contacts", typed);
        model.addAttribute("errors", errors);
        return views + "-contacts";
    }

    private WelfareArea editable(Administrator admin, short areaId) {
        return organisation.areaOf(admin, areaId, objectKind).orElseThrow(NotFound::new);
    }
}

package fi.placera.organisation;

import java.util.Locale;
import fi.placera.platform.persistence.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A welfare area (hyvinvointialue / välfärdsområde), named in Finnish and Swedish. */
@Table("welfare_area")
public record WelfareArea(@Id Short id, String code, String nameFi, String nameSv, @Version Integer version)
        implements Versioned<WelfareArea> {

    /** The name in the reader's language: Swedish for Swedish readers, otherwise Finnish. */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }

    public WelfareArea renamed(String newNameFi, String newNameSv) {
        return new WelfareArea(id, code, newNameFi, newNameSv, version);
    }

    @Override
    public WelfareArea withVersion(Integer newVersion) {
        return new WelfareArea(id, code, nameFi, nameSv, newVersion);
    }
}

package fi.placera.organisation.web;

import static fi.placera.platform.Checks.required;

import fi.placera.organisation.WelfareArea;
import fi.placera.platform.web.Forms;
import org.springframework.validation.Errors;

/** The names of a welfare area in Finnish and Swedish; its code never changes. */
public class AreaForm {

    private static final int NAME = 200;

    private Integer version;
    private String nameFi;
    private String nameSv;

    static AreaForm of(WelfareArea area) {
        AreaForm form = new AreaForm();
        form.version = area.version();
        form.nameFi = area.nameFi();
        form.nameSv = area.nameSv();
        return form;
    }

    void check(Errors errors) {
        Forms.checked(errors, () -> required(nameFi, NAME, "nameFi"), () -> required(nameSv, NAME, "nameSv"));
    }

    WelfareArea applyTo(WelfareArea area) {
        return area.renamed(nameFi.strip(), nameSv.strip()).withVersion(version);
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String nameFi) { this.nameFi = nameFi; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
}

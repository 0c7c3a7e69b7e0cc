package fi.placera.organisation.web;

import fi.placera.organisation.WelfareArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The names of a welfare area in Finnish and Swedish; its code never changes. */
public class AreaForm {

    private Integer version;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String nameFi;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String nameSv;

    static AreaForm of(WelfareArea area) {
        AreaForm form = new AreaForm();
        form.version = area.version();
        form.nameFi = area.nameFi();
        form.nameSv = area.nameSv();
        return form;
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

package fi.placera.organisation.web;

import static fi.placera.platform.Checks.optionalFormatted;
import static fi.placera.platform.Checks.required;

import fi.placera.organisation.TeamRole;
import fi.placera.organisation.internal.CareTeamMembership;
import fi.placera.organisation.internal.IpsTeamMembership;
import fi.placera.organisation.internal.StaffMember;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.Forms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/** A staff member with their IPS-team membership (one, optional) and care teams (at most two). */
public class StaffForm extends AreaScopedForm {

    static final int MAX_CARE_TEAMS = 2;
    private static final BigDecimal MIN_FTE = new BigDecimal("0.1");
    private static final int NAME = 100;
    private static final int EMAIL = 254;
    /** An address with one @, no spaces, and a domain of non-empty labels: the mail is sent by the employer's own
     *  mail service, which says the rest. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)*");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{0,40}");
    private static final int FTE_TYPED = 10;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private UUID ipsTeamId;
    private TeamRole teamRole;
    private String fte;
    private List<UUID> careTeamIds = new ArrayList<>();

    static StaffForm empty() {
        StaffForm form = new StaffForm();
        form.setId(UUID.randomUUID());
        form.teamRole = TeamRole.COACH;
        form.fte = "1";
        return form;
    }

    static StaffForm of(StaffMember member) {
        StaffForm form = new StaffForm();
        form.identify(member.id(), member.version(), member.areaId());
        form.firstName = member.firstName();
        form.lastName = member.lastName();
        form.email = member.email();
        form.phone = member.phone();
        member.ipsTeams().stream().findFirst().ifPresent(team -> {
            form.ipsTeamId = team.ipsTeamId();
            form.teamRole = team.teamRole();
            form.fte = team.fte().stripTrailingZeros().toPlainString();
        });
        form.careTeamIds = member.careTeams().stream().map(CareTeamMembership::careTeamId).collect(Collectors.toList());
        return form;
    }

    /** Each field's own rules; {@link #checkTogether} adds those of several fields. */
    @Override
    void check(Errors errors) {
        super.check(errors);
        Forms.checked(errors, () -> required(firstName, NAME, "firstName"), () -> required(lastName, NAME, "lastName"),
                () -> optionalFormatted(required(email, EMAIL, "email"), EMAIL_ADDRESS, "organisation.email.format",
                        "email"),
                () -> optionalFormatted(phone, PHONE, "organisation.phone.format", "phone"), this::fteTypedShortly);
    }

    private void fteTypedShortly() {
        if (fte != null && fte.length() > FTE_TYPED) {
            throw new Rejection("fte", "organisation.fte.format");
        }
    }

    /** Rules that involve several fields: the team membership needs a role and a share of full time. */
    void checkTogether(Errors errors) {
        if (careTeamIds.size() > MAX_CARE_TEAMS) {
            errors.rejectValue("careTeamIds", "organisation.care-teams.too-many");
        }
        if (ipsTeamId == null) {
            return;
        }
        if (teamRole == null) {
            errors.rejectValue("teamRole", "validation.required");
        }
        if (parsedFte().isEmpty()) {
            errors.rejectValue("fte", "organisation.fte.format");
        }
    }

    /**
     * 0.8 or 0,8 as typed; between 0.1 and 1. With two decimals, as stored, so that a resubmitted
     * form equals what its first submission saved.
     */
    Optional<BigDecimal> parsedFte() {
        try {
            BigDecimal value = new BigDecimal(fte == null ? "" : fte.strip().replace(',', '.'));
            return value.compareTo(MIN_FTE) >= 0 && value.compareTo(BigDecimal.ONE) <= 0 && value.scale() <= 2
                    ? Optional.of(value.setScale(2)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    StaffMember toStaffMember() {
        Set<IpsTeamMembership> teams = ipsTeamId == null ? Set.of()
                : Set.of(new IpsTeamMembership(ipsTeamId, teamRole, parsedFte().orElseThrow()));
        Set<CareTeamMembership> careTeams = careTeamIds.stream().distinct().map(CareTeamMembership::new)
                .collect(Collectors.toSet());
        return new StaffMember(getId(), getAreaId(), firstName.strip(), lastName.strip(), email.strip(),
                phone == null || phone.isBlank() ? null : phone.strip(), teams, careTeams, getVersion());
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public UUID getIpsTeamId() { return ipsTeamId; }
    public void setIpsTeamId(UUID ipsTeamId) { this.ipsTeamId = ipsTeamId; }
    public TeamRole getTeamRole() { return teamRole; }
    public void setTeamRole(TeamRole teamRole) { this.teamRole = teamRole; }
    public String getFte() { return fte; }
    public void setFte(String fte) { this.fte = fte; }
    public List<UUID> getCareTeamIds() { return careTeamIds; }
    public void setCareTeamIds(List<UUID> careTeamIds) { this.careTeamIds = careTeamIds == null ? new ArrayList<>() : careTeamIds; }
}

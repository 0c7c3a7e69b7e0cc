package fi.placera.identity.web;

import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every page's header: who is signed in and the main navigation that their roles open. The layout asks for it once
 * per page ({@code @pageHeader.current()}). Decided here from the authorities rather than with one
 * {@code sec:authorize} per link: each of those parsed and evaluated a security expression afresh, about forty per
 * page, a large share of a page's time (issue 25). A link shown is only a link: every page keeps its own rule in
 * {@link SecurityConfiguration}.
 */
@Component("pageHeader")
public class PageHeader {

    private static final String COACH = authorityOf(Role.COACH);
    private static final String TEAM_LEADER = authorityOf(Role.TEAM_LEADER);
    private static final String CARE_TEAM_MEMBER = authorityOf(Role.CARE_TEAM_MEMBER);
    private static final String MANAGER = authorityOf(Role.MANAGER);
    private static final String EVALUATOR = authorityOf(Role.EVALUATOR);
    private static final String ADMIN = authorityOf(Role.ADMIN);

    /** The main navigation in its order, each link with the authorities that show it. */
    private static final List<Entry> NAVIGATION = List.of(
            new Entry("/", "layout.home", authorities -> true),
            new Entry("/care-team", "care-team.title", any(CARE_TEAM_MEMBER)),
            new Entry("/meetings/care-team", "meetings.care-team.title", any(CARE_TEAM_MEMBER)),
            new Entry("/week", "nav.week", any(COACH, TEAM_LEADER)),
            new Entry("/clients", "nav.clients", any(COACH, TEAM_LEADER)),
            new Entry("/employers", "nav.employers", any(COACH, TEAM_LEADER)),
            new Entry("/meetings", "nav.meetings", any(COACH, TEAM_LEADER)),
            new Entry("/meetings/team", "nav.team-meetings", any(COACH, TEAM_LEADER)),
            new Entry("/time", "time.nav", any(COACH, TEAM_LEADER)),
            new Entry("/employers/board", "nav.board", any(COACH, TEAM_LEADER)),
            new Entry("/team", "nav.team", any(TEAM_LEADER)),
            new Entry("/team/waiting", "waiting.link", any(TEAM_LEADER)),
            new Entry("/team/transfers", "transfer.link", any(TEAM_LEADER)),
            new Entry("/reports/outcomes", "nav.reports", any(COACH, TEAM_LEADER, MANAGER, EVALUATOR)),
            new Entry("/fidelity", "fidelity.nav", any(COACH, TEAM_LEADER, MANAGER, EVALUATOR)),
            new Entry("/evaluation", "evaluation.nav", any(COACH, TEAM_LEADER, MANAGER, EVALUATOR)),
            new Entry("/evaluation/area", "area.nav", any(MANAGER)),
            new Entry("/steering", "steering.nav", any(TEAM_LEADER, MANAGER)),
            new Entry("/imports", "import.nav", any(TEAM_LEADER)),
            new Entry("/team/emergency-access", "nav.emergency-access", any(TEAM_LEADER)),
            new Entry("/rights-requests", "rights.queue.title", any(TEAM_LEADER)),
            new Entry("/admin/areas", "nav.areas", any(PlaceraUser.NATIONAL_ADMIN)),
            new Entry("/admin/teams", "nav.teams", any(ADMIN)),
            new Entry("/admin/care-teams", "nav.care-teams", any(ADMIN)),
            new Entry("/admin/staff", "nav.staff", any(ADMIN)),
            new Entry("/admin/accounts", "nav.accounts", any(ADMIN)),
            new Entry("/admin/sign-in-provider", "sso.admin.title", areaAdministrator()),
            new Entry("/admin/client-sign-in", "client-sso.admin.title", areaAdministrator()),
            new Entry("/admin/integrations", "integrations.admin.title", areaAdministrator()),
            new Entry("/admin/audit", "nav.audit", any(ADMIN)),
            new Entry("/admin/changes", "admin.changes.title", any(ADMIN)),
            new Entry("/admin/instruments", "evaluation.instruments.nav", any(ADMIN)),
            new Entry("/admin/crisis-contacts", "evaluation.crisis.admin.title", any(ADMIN)),
            new Entry("/admin/accessibility-feedback", "statutory.feedback.admin.title", any(ADMIN)),
            new Entry("/admin/privacy", "statutory.privacy.admin.title", any(ADMIN)),
            new Entry("/research/studies", "research.nav", any(ADMIN, EVALUATOR)));

    private static final Header SIGNED_OUT = new Header(false, null, false, List.of());

    /** The header of the request's signed-in user, or of nobody. */
    public Header current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Header of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SIGNED_OUT;
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        String displayName = authentication.getPrincipal() instanceof PlaceraUser user ? user.getDisplayName() : null;
        List<Link> links = NAVIGATION.stream().filter(entry -> entry.shows().test(authorities))
                .map(entry -> new Link(entry.href(), entry.label())).toList();
        return new Header(true, displayName, !authorities.contains(MfaLogin.PENDING), links);
    }

    /** The authority a role grants, as {@link Role#authority()} names it. */
    private static String authorityOf(Role role) {
        return role.authority().getAuthority();
    }

    private static Predicate<Set<String>> any(String... shownTo) {
        List<String> shown = List.of(shownTo);
        return authorities -> shown.stream().anyMatch(authorities::contains);
    }

    /** The area's own settings: an administrator of one area, not the national one. */
    private static Predicate<Set<String>> areaAdministrator() {
        return authorities -> authorities.contains(ADMIN) && !authorities.contains(PlaceraUser.NATIONAL_ADMIN);
    }

    /**
     * @param signedIn whether anyone is signed in (also while the second factor is owed)
     * @param passwordChangeOffered the link to change one's password, not while the second factor is owed
     */
    public record Header(boolean signedIn, String displayName, boolean passwordChangeOffered, List<Link> links) {
    }

    /** A link of the main navigation: where it goes and the message key of its text. */
    public record Link(String href, String label) {
    }

    private record Entry(String href, String label, Predicate<Set<String>> shows) {
    }
}

package fi.placera.research.internal;

import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.present;
import static fi.placera.platform.Checks.required;

import fi.placera.audit.AdminChange;
import fi.placera.audit.AdminChanges;
import fi.placera.identity.PlaceraUser;
import fi.placera.identity.Role;
import fi.placera.platform.Administrator;
import fi.placera.platform.Rejection;
import fi.placera.research.Studies;
import fi.placera.research.Study;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Studies in PostgreSQL; the key file is written by {@link StudyKeys} when a study is created. */
@Service
class JdbcStudies implements Studies {

    private static final int NAME = 200;
    private static final String COLUMNS = """
            select s.id, s.name, s.basis_kind, s.basis_reference, s.period_from, s.period_to, s.date_handling,
                   s.linkage_permitted, s.trusted_third_party,
                   array(select area_id::bigint from research_study_area where study_id = s.id order by area_id) as areas,
                   array(select account_id from research_study_evaluator where study_id = s.id) as evaluators
            from research_study s
            """;

    private final JdbcClient jdbc;
    private final StudyKeys keys;
    private final Clock clock;
    private final AdminChanges changes;

    JdbcStudies(JdbcClient jdbc, StudyKeys keys, Clock clock, AdminChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<Study> find(long studyId) {
        // sql-reviewed: COLUMNS is a constant of this class; the rest is a literal
        return jdbc.sql(COLUMNS + " where s.id = :id").param("id", studyId).query(JdbcStudies::study).optional();
    }

    @Override
    public List<Study> visibleTo(PlaceraUser user) {
        if (user.has(Role.EVALUATOR)) {
            // sql-reviewed: COLUMNS is a constant of this class; the rest is a literal
            return jdbc.sql(COLUMNS + """
                     where exists (select 1 from research_study_evaluator e where e.study_id = s.id
                                   and e.account_id = :account) order by s.name""")
                    .param("account", user.accountId()).query(JdbcStudies::study).list();
        }
        if (user.has(Role.ADMIN)) {
            if (user.areaId() == null) {
                // sql-reviewed: COLUMNS is a constant of this class; the rest is a literal
                return jdbc.sql(COLUMNS + " order by s.name").query(JdbcStudies::study).list();
            }
            // sql-reviewed: COLUMNS is a constant of this class; the rest is a literal
            return jdbc.sql(COLUMNS + """
                     where exists (select 1 from research_study_area a where a.study_id = s.id and a.area_id = :area)
                     order by s.name""")
                    .param("area", user.areaId()).query(JdbcStudies::study).list();
        }
        return List.of();
    }

    @Override
    public boolean isEvaluator(PlaceraUser user, Study study) {
        return user.has(Role.EVALUATOR) && study.evaluators().contains(user.accountId());
    }

    @Override
    @Transactional
    public Study create(NewStudy input, PlaceraUser by) {
        String name = required(input.name(), NAME, "name");
        if (input.areaIds() == null || input.areaIds().isEmpty()) {
            throw new Rejection("areaIds", "research.study.areas-required");
        }
        Set<Short> areas = new LinkedHashSet<>(input.areaIds());
        if (by.areaId() != null && !areas.equals(Set.of(by.areaId()))) {
            // an area's administrator creates studies of their own area only; national studies are a national admin's
            throw new Rejection("areaIds", "research.study.area-not-yours");
        }
        long known = jdbc.sql("select count(*) from organisation_facts_area where area_id in (:ids)").param("ids", areas)
                .query(Long.class).single();
        if (known != areas.size()) {
            throw new Rejection("areaIds", "research.study.areas-required");
        }
        var from = present(input.from(), "from");
        var to = present(input.to(), "to");
        if (to.isBefore(from)) {
            throw new Rejection("to", "research.study.period-order");
        }
        Study.Basis basis = present(input.basis(), "basis");
        String basisReference = required(input.basisReference(), NAME, "basisReference");
        Study.DateHandling dates = present(input.dateHandling(), "dateHandling");
        String thirdParty = optional(input.trustedThirdParty(), NAME, "trustedThirdParty");
        if (input.linkagePermitted()) {
            if (basis != Study.Basis.PERMIT) {
                throw new Rejection("linkagePermitted", "research.study.linkage-needs-permit");
            }
            if (thirdParty == null) {
                throw new Rejection("trustedThirdParty", "research.study.third-party-required");
            }
        }
        Set<UUID> evaluators = new LinkedHashSet<>();
        for (String username : input.evaluatorUsernames() == null ? List.<String>of() : input.evaluatorUsernames()) {
            if (username == null || username.isBlank()) {
                continue;
            }
            UUID account = jdbc.sql("""
                            select account_id from identity_facts_evaluator where username = :username""")
                    .param("username", username.strip().toLowerCase(java.util.Locale.ROOT)).query(UUID.class)
                    .optional().orElseThrow(() -> new Rejection("evaluators", "research.study.not-an-evaluator",
                            username.strip()));
            evaluators.add(account);
        }
        if (evaluators.isEmpty()) {
            throw new Rejection("evaluators", "research.study.evaluators-required");
        }
        if (jdbc.sql("select exists (select 1 from research_study where name = :name)").param("name", name)
                .query(Boolean.class).single()) {
            throw new Rejection("name", "research.study.name-taken");
        }
        long id = jdbc.sql("""
                        insert into research_study (name, basis_kind, basis_reference, period_from, period_to,
                            date_handling, linkage_permitted, trusted_third_party, created_by, created_at)
                        values (:name, :basis, :reference, :from, :to, :dates, :linkage, :thirdParty, :by, :at)
                        returning id""")
                .param("name", name).param("basis", basis.name()).param("reference", basisReference)
                .param("from", from).param("to", to).param("dates", dates.name())
                .param("linkage", input.linkagePermitted()).param("thirdParty", thirdParty)
                .param("by", by.accountId()).param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        for (Short area : areas) {
            jdbc.sql("insert into research_study_area (study_id, area_id) values (:id, :area)")
                    .param("id", id).param("area", area).update();
        }
        for (UUID account : evaluators) {
            jdbc.sql("insert into research_study_evaluator (study_id, account_id) values (:id, :account)")
                    .param("id", id).param("account", account).update();
        }
        keys.createFor(id);
        Study created = find(id).orElseThrow();
        changes.record(new Administrator(by.accountId(), by.getUsername(), by.areaId()),
                AdminChange.of("STUDY", id, by.areaId(), "STUDY_CREATED", null, created.toString()));
        return created;
    }

    private static Study study(ResultSet rs, int row) throws SQLException {
        return new Study(rs.getLong("id"), rs.getString("name"), longs(rs.getArray("areas")),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class),
                Study.Basis.valueOf(rs.getString("basis_kind")), rs.getString("basis_reference"),
                Study.DateHandling.valueOf(rs.getString("date_handling")), rs.getBoolean("linkage_permitted"),
                rs.getString("trusted_third_party"), uuids(rs.getArray("evaluators")));
    }

    private static Set<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).collect(Collectors.toSet());
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).collect(Collectors.toSet());
    }
}

package fi.placera.employers.internal;

import static fi.placera.platform.Checks.LONG_TEXT;
import static fi.placera.platform.Checks.notInFuture;
import static fi.placera.platform.Checks.optional;
import static fi.placera.platform.Checks.required;

import fi.placera.consent.Consent;
import fi.placera.employers.BusinessId;
import fi.placera.employers.Employer;
import fi.placera.employers.Employer.Details;
import fi.placera.employers.Employers;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employers and employer agreements in PostgreSQL, always within one welfare area. */
@Service
class JdbcEmployers implements Employers {

    private static final Pattern COMPANY_FORM = Pattern.compile("\\b(oy|oyj|ab|abp|ltd|ky|tmi|ry|rf|ay)\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHORT = 200;
    private static final int MEDIUM = 2000;
    /** Shorter words ("ja", "työ") would match every employer. */
    private static final int MATCH_MIN_LENGTH = 4;

    private final JdbcClient jdbc;
    private final EmployerDisclosures disclosures;
    private final Clock clock;

    JdbcEmployers(JdbcClient jdbc, EmployerDisclosures disclosures, Clock clock) {
        this.jdbc = jdbc;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Override
    public List<Employer> inArea(short areaId, String search) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("""
                        select id, area_id, name, business_id, sector, locations, contact_people, needs, notes, version
                        from employer where area_id = ?
                          and (lower(name) like ? or coalesce(business_id, '') like ? or lower(coalesce(sector, '')) like ?)
                        order by lower(name), id""")
                .params(areaId, like, like, like)
                .query((rs, row) -> employer(rs))
                .list();
    }

    @Override
    public Optional<Employer> employer(short areaId, UUID id) {
        return jdbc.sql("""
                        select id, area_id, name, business_id, sector, locations, contact_people, needs, notes, version
                        from employer where area_id = ? and id = ?""")
                .params(areaId, id)
                .query((rs, row) -> employer(rs))
                .optional();
    }

    @Override
    public List<Employer> sameName(short areaId, String name) {
        return jdbc.sql("""
                        select id, area_id, name, business_id, sector, locations, contact_people, needs, notes, version
                        from employer where area_id = ? and name_key = ? order by name""")
                .params(areaId, nameKey(name))
                .query((rs, row) -> employer(rs))
                .list();
    }

    @Override
    public Employer register(short areaId, Details details) {
        Details checked = checked(details);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into employer (id, area_id, name, name_key, business_id, sector, locations, contact_people,
                                                  needs, notes, version)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(id, areaId, checked.name(), nameKey(checked.name()), checked.businessId(), checked.sector(),
                            checked.locations(), checked.contactPeople(), checked.needs(), checked.notes())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new Rejection("businessId", "employer.business-id.taken");
        }
        return employer(areaId, id).orElseThrow();
    }

    @Override
    public Employer update(short areaId, UUID id, int version, Details details) {
        Details checked = checked(details);
        int saved;
        try {
            saved = jdbc.sql("""
                            update employer set name = ?, name_key = ?, business_id = ?, sector = ?, locations = ?,
                                   contact_people = ?, needs = ?, notes = ?, version = version + 1
                            where area_id = ? and id = ? and version = ?""")
                    .params(checked.name(), nameKey(checked.name()), checked.businessId(), checked.sector(),
                            checked.locations(), checked.contactPeople(), checked.needs(), checked.notes(), areaId, id,
                            version)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new Rejection("businessId", "employer.business-id.taken");
        }
        if (saved == 0) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        return employer(areaId, id).orElseThrow();
    }

    @Override
    public List<Agreement> agreementsOf(short areaId, UUID employerId) {
        return jdbc.sql("""
                        select client_id, agreed_on, supports, adaptations, subsidies, training_on, training_attendees,
                               contact_person, follow_up_on
                        from employer_agreement where area_id = ? and employer_id = ? order by agreed_on desc, id""")
                .params(areaId, employerId)
                .query((rs, row) -> new Agreement(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)))
                .list();
    }

    @Override
    @Transactional
    public void recordAgreement(PlaceraUser user, UUID idempotencyKey, short areaId, UUID employerId,
            Agreement agreement) {
        notInFuture(agreement.agreedOn(), clock, "agreedOn");
        if (agreement.followUpOn() != null && agreement.followUpOn().isBefore(agreement.agreedOn())) {
            throw new Rejection("followUpOn", "employer.follow-up.before");
        }
        if (agreement.trainingOn() != null) {
            notInFuture(agreement.trainingOn(), clock, "trainingOn");
        }
        Optional<Consent> consent = disclosures.consentFor(user, agreement.clientId(), employerId, agreement.agreedOn(),
                "clientId");
        int stored = jdbc.sql("""
                        insert into employer_agreement (id, area_id, employer_id, client_id, agreed_on, supports, adaptations,
                            subsidies, training_on, training_attendees, contact_person, follow_up_on, recorded_by,
                            idempotency_key)
                        select ?, area_id, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from employer where area_id = ? and id = ?
                        on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), agreement.clientId(), agreement.agreedOn(),
                        optional(agreement.supports(), LONG_TEXT, "supports"),
                        optional(agreement.adaptations(), LONG_TEXT, "adaptations"),
                        optional(agreement.subsidies(), MEDIUM, "subsidies"), agreement.trainingOn(),
                        optional(agreement.trainingAttendees(), MEDIUM, "trainingAttendees"),
                        optional(agreement.contactPerson(), SHORT, "contactPerson"), agreement.followUpOn(),
                        user.accountId(), idempotencyKey, areaId, employerId)
                .update();
        if (stored == 0 && jdbc.sql("select count(*) from employer_agreement where idempotency_key = ?")
                .param(idempotencyKey).query(Integer.class).single() == 0) {
            throw new Rejection(null, "employer.unknown");
        }
        if (stored == 1) {
            consent.ifPresent(basis -> disclosures.disclosed(user, areaId, basis, "employer agreement"));
        }
    }

    @Override
    public List<Employer> matching(short areaId, List<String> words) {
        List<String> patterns = words.stream().map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= MATCH_MIN_LENGTH).distinct().map(word -> "%" + word + "%").toList();
        if (patterns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, area_id, name, business_id, sector, locations, contact_people, needs, notes, version
                        from employer where area_id = ?
                          and lower(coalesce(needs, '') || ' ' || coalesce(sector, '') || ' ' || name) like any (?::text[])
                        order by lower(name), id""")
                .params(areaId, patterns.toArray(String[]::new))
                .query((rs, row) -> employer(rs))
                .list();
    }

    @Override
    public List<JobLead> openLeads(short areaId) {
        return jdbc.sql("""
                        select l.id, l.employer_id, e.name, l.kind, l.title, l.description, l.client_id, l.noted_on, l.status
                        from job_lead l join employer e on e.id = l.employer_id
                        where l.area_id = ? and l.status = 'OPEN' order by l.noted_on desc, l.id""")
                .param(areaId)
                .query((rs, row) -> lead(rs))
                .list();
    }

    @Override
    public List<JobLead> leadsOf(short areaId, UUID employerId) {
        return jdbc.sql("""
                        select l.id, l.employer_id, e.name, l.kind, l.title, l.description, l.client_id, l.noted_on, l.status
                        from job_lead l join employer e on e.id = l.employer_id
                        where l.area_id = ? and l.employer_id = ? order by l.noted_on desc, l.id""")
                .params(areaId, employerId)
                .query((rs, row) -> lead(rs))
                .list();
    }

    @Override
    @Transactional
    public void recordLead(PlaceraUser user, UUID idempotencyKey, short areaId, UUID employerId, JobLead lead) {
        if (lead.kind() == null) {
            throw new Rejection("leadKind", "validation.required");
        }
        notInFuture(lead.notedOn(), clock, "leadNotedOn");
        Optional<Consent> consent = disclosures.consentFor(user, lead.clientId(), employerId, lead.notedOn(),
                "leadClientId");
        int stored = jdbc.sql("""
                        insert into job_lead (id, area_id, employer_id, kind, title, description, client_id, noted_on, status,
                                              recorded_by, idempotency_key)
                        select ?, area_id, id, ?, ?, ?, ?, ?, 'OPEN', ?, ? from employer where area_id = ? and id = ?
                        on conflict (idempotency_key) do nothing""")
                .params(UUID.randomUUID(), lead.kind().name(), required(lead.title(), SHORT, "leadTitle"),
                        optional(lead.description(), MEDIUM, "leadDescription"), lead.clientId(), lead.notedOn(),
                        user.accountId(), idempotencyKey, areaId, employerId)
                .update();
        if (stored == 1) {
            consent.ifPresent(basis -> disclosures.disclosed(user, areaId, basis, "job lead"));
        }
    }

    @Override
    public void closeLead(short areaId, UUID leadId, LeadStatus status) {
        if (status == null || status == LeadStatus.OPEN) {
            throw new Rejection("leadStatus", "validation.required");
        }
        jdbc.sql("update job_lead set status = ? where area_id = ? and id = ? and status = 'OPEN'")
                .params(status.name(), areaId, leadId).update();
    }

    private static JobLead lead(ResultSet rs) throws SQLException {
        return new JobLead(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                LeadKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                rs.getObject(8, LocalDate.class), LeadStatus.valueOf(rs.getString(9)));
    }

    /** The name as compared for duplicates: lower case, no punctuation or spaces, no company form. */
    static String nameKey(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(COMPANY_FORM.matcher(lower).replaceAll(" ")).replaceAll("");
    }

    private static Details checked(Details details) {
        String businessId = optional(details.businessId(), 20, "businessId");
        if (businessId != null) {
            BusinessId.problemWith(businessId).ifPresent(problem -> {
                throw new Rejection("businessId", problem);
            });
        }
        return new Details(required(details.name(), SHORT, "name"), businessId,
                optional(details.sector(), SHORT, "sector"), optional(details.locations(), MEDIUM, "locations"),
                optional(details.contactPeople(), MEDIUM, "contactPeople"), optional(details.needs(), LONG_TEXT, "needs"),
                optional(details.notes(), LONG_TEXT, "notes"));
    }

    private static Employer employer(ResultSet rs) throws SQLException {
        return new Employer(rs.getObject(1, UUID.class), rs.getShort(2), new Details(rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)), rs.getInt(10));
    }
}

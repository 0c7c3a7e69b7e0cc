package fi.placera.consent.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.consent.Agreement;
import fi.placera.consent.Consent;
import fi.placera.consent.Consents;
import fi.placera.consent.Consents.TrackerAgreement;
import fi.placera.consent.EmployerParties;
import fi.placera.consent.HowAgreed;
import fi.placera.consent.Party;
import fi.placera.identity.ConsentLookup;
import fi.placera.identity.InformationKind;
import static fi.placera.platform.Checks.limited;
import static fi.placera.platform.Checks.required;

import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import fi.placera.platform.persistence.BatchColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreements and consents in PostgreSQL; also the consent answer for every access decision. */
@Service
class JdbcConsents implements Consents, ConsentLookup {

    private static final int MAX_TEXT = 200;
    /** The kind of record in the history of corrections and voids. */
    private static final String RECORD_KIND = "CONSENT";
    private final JdbcClient jdbc;
    private final EmployerParties employers;
    private final RecordRevisions revisions;
    private final Clock clock;

    JdbcConsents(JdbcClient jdbc, EmployerParties employers, RecordRevisions revisions, Clock clock) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public boolean sharesWithCareTeam(UUID clientId, UUID careTeamId, InformationKind kind) {
        return inForce(clientId, Party.CARE_TEAM, careTeamId, kind);
    }

    @Override
    public boolean sharesWith(UUID clientId, Party party, InformationKind kind) {
        return inForce(clientId, party, null, kind);
    }

    @Override
    public boolean sharesWithArea(UUID clientId, short welfareAreaId, InformationKind kind) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select exists (select 1 from consent
                                       where client_id = ? and party_type = 'WELFARE_AREA' and welfare_area_id = ?
                                         and kind = ? and withdrawn_at is null and voided_at is null
                                         and valid_from <= ? and (valid_until is null or valid_until >= ?))""")
                .params(clientId, welfareAreaId, kind.name(), today, today)
                .query(Boolean.class).single();
    }

    @Override
    public List<Short> areasSharedWith(UUID clientId, InformationKind kind) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select distinct welfare_area_id from consent
                        where client_id = ? and party_type = 'WELFARE_AREA' and kind = ? and withdrawn_at is null
                          and voided_at is null and valid_from <= ? and (valid_until is null or valid_until >= ?)
                        order by 1""")
                .params(clientId, kind.name(), today, today)
                .query(Short.class).list();
    }

    @Override
    public boolean sharesWithNamed(UUID clientId, String partyName, InformationKind kind) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select exists (select 1 from consent
                                       where client_id = ? and party_type = 'OTHER'
                                         and lower(btrim(party_name)) = lower(btrim(?))
                                         and kind = ? and withdrawn_at is null and valid_from <= ?
                                         and (valid_until is null or valid_until >= ?))""")
                .params(clientId, partyName, kind.name(), today, today)
                .query(Boolean.class).single();
    }

    /** Whether a consent to share this kind with the party is in force today; a null party id matches any. */
    private boolean inForce(UUID clientId, Party party, UUID partyId, InformationKind kind) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select exists (select 1 from consent
                                       where client_id = ? and party_type = ? and party_id is not distinct from coalesce(?, party_id)
                                         and kind = ? and withdrawn_at is null and voided_at is null
                                         and valid_from <= ?
                                         and (valid_until is null or valid_until >= ?))""")
                .params(clientId, party.name(), partyId, kind.name(), today, today)
                .query(Boolean.class).single();
    }

    @Override
    public Optional<Agreement> agreementOf(UUID clientId) {
        return Optional.ofNullable(agreementsOf(List.of(clientId)).get(clientId));
    }

    @Override
    public Map<UUID, Agreement> agreementsOf(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select a.id, a.client_id, a.agreed_on, a.how_agreed, a.witness, a.in_work_at_entry
                        from cooperation_agreement a
                        join consent_facts_enrolment c on c.client_id = a.client_id and c.enrolled_on = a.agreed_on
                        where a.client_id in (:clients)""")
                .param("clients", clientIds)
                .query((rs, row) -> new Agreement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), HowAgreed.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getBoolean(6)))
                .list().stream().collect(Collectors.toMap(Agreement::clientId, agreement -> agreement));
    }

    @Override
    public Agreement agree(UUID clientId, short areaId, LocalDate agreedOn, HowAgreed how, String witness,
            boolean inWorkAtEntry, UUID recordedBy) {
        if (agreedOn == null || agreedOn.isAfter(LocalDate.now(clock))) {
            throw new Rejection("agreedOn", "consent.agreed-on.future");
        }
        if (!HowAgreed.RECORDABLE.contains(how)) {
            throw new Rejection("howAgreed", "validation.required");
        }
        String witnessed = how == HowAgreed.VERBAL_WITH_WITNESS ? required(witness, MAX_TEXT, "witness") : null;
        Optional<Agreement> current = agreementOf(clientId);
        if (current.isPresent()) {
            return current.get();
        }
        // an agreement dated before the client was referred again would belong to an earlier episode (decision 0074)
        if (jdbc.sql("select exists (select 1 from clients_facts_referred_again where client_id = ? and referred_on > ?)")
                .params(clientId, agreedOn).query(Boolean.class).single()) {
            throw new Rejection("agreedOn", "consent.agreed-on.before-referral");
        }
        UUID id = UUID.randomUUID();
        int stored = jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, witness,
                                                           in_work_at_entry, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (client_id, agreed_on) do nothing""")
                .params(id, clientId, areaId, agreedOn, how.name(), witnessed, inWorkAtEntry, recordedBy).update();
        return stored == 1 ? new Agreement(id, clientId, agreedOn, how, witnessed, inWorkAtEntry)
                : agreementOf(clientId).orElseThrow();
    }

    @Override
    public int recordFromTracker(List<TrackerAgreement> agreements) {
        return jdbc.sql("""
                        insert into cooperation_agreement (id, client_id, area_id, agreed_on, how_agreed, in_work_at_entry,
                                                           recorded_by)
                        select id, client_id, area_id, agreed_on, ?, in_work_at_entry, recorded_by
                        from unnest(?::uuid[], ?::uuid[], ?::smallint[], ?::date[], ?::boolean[], ?::uuid[])
                             as tracker (id, client_id, area_id, agreed_on, in_work_at_entry, recorded_by)
                        on conflict (client_id, agreed_on) do nothing""")
                .params(HowAgreed.RECORDED_IN_TRACKER.name(), BatchColumns.of(agreements, agreement -> UUID.randomUUID()),
                        BatchColumns.of(agreements, TrackerAgreement::clientId),
                        BatchColumns.of(agreements, TrackerAgreement::areaId),
                        BatchColumns.of(agreements, TrackerAgreement::agreedOn),
                        BatchColumns.of(agreements, TrackerAgreement::inWorkAtEntry),
                        BatchColumns.of(agreements, TrackerAgreement::recordedBy))
                .update();
    }

    @Override
    public List<Consent> consentsOf(UUID clientId) {
        return jdbc.sql("""
                        select id, client_id, party_type, coalesce(party_id, employer_id) as party_id, party_name, kind,
                               valid_from, valid_until, withdrawn_at, entry_id
                        from consent where client_id = ? and voided_at is null
                        order by given_at, entry_id, kind, id""")
                .param(clientId)
                .query((rs, row) -> consent(rs))
                .list();
    }

    @Override
    public Optional<Consent> consent(UUID consentId) {
        return jdbc.sql("""
                        select id, client_id, party_type, coalesce(party_id, employer_id) as party_id, party_name, kind,
                               valid_from, valid_until, withdrawn_at, entry_id
                        from consent where id = ? and voided_at is null""")
                .param(consentId)
                .query((rs, row) -> consent(rs))
                .optional();
    }

    @Override
    public Optional<Consent> employerConsent(UUID clientId, UUID employerId, InformationKind kind, LocalDate day) {
        return jdbc.sql("""
                        select id, client_id, party_type, employer_id as party_id, party_name, kind, valid_from,
                               valid_until, withdrawn_at, entry_id
                        from consent
                        where client_id = ? and party_type = 'EMPLOYER' and employer_id = ? and kind = ?
                          and withdrawn_at is null and voided_at is null and valid_from <= ?
                          and (valid_until is null or valid_until >= ?)
                        order by given_at, id limit 1""")
                .params(clientId, employerId, kind.name(), day, day)
                .query((rs, row) -> consent(rs))
                .optional();
    }

    @Override
    @Transactional
    public List<Consent> give(UUID clientId, short areaId, Party party, UUID partyId, String partyName,
            List<InformationKind> kinds, LocalDate validFrom, LocalDate validUntil, UUID recordedBy) {
        if (agreementOf(clientId).isEmpty()) {
            throw Rejection.beforeTheAgreement();
        }
        checkKinds(kinds);
        if (party == Party.CARE_TEAM && partyId == null) {
            throw new Rejection("partyId", "validation.required");
        }
        if (validFrom == null || (validUntil != null && validUntil.isBefore(validFrom))) {
            throw new Rejection("validUntil", "consent.validity");
        }
        String name = partyName(areaId, party, partyId, partyName);
        Short welfareArea = party == Party.WELFARE_AREA ? areaNamed(areaId, partyName).id() : null;
        UUID entry = UUID.randomUUID();
        UUID named = party == Party.CARE_TEAM || party == Party.EMPLOYER ? partyId : null;
        Timestamp givenAt = Timestamp.from(clock.instant());
        List<Consent> given = new ArrayList<>();
        for (InformationKind kind : kinds) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into consent (id, client_id, area_id, party_type, party_id, employer_id, party_name,
                                                 kind, valid_from, valid_until, given_at, recorded_by, entry_id,
                                                 welfare_area_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, clientId, areaId, party.name(), party == Party.CARE_TEAM ? partyId : null,
                            party == Party.EMPLOYER ? partyId : null, name, kind.name(), validFrom, validUntil,
                            givenAt, recordedBy, entry, welfareArea)
                    .update();
            given.add(new Consent(id, clientId, party, named, name, kind, validFrom, validUntil, null, entry));
        }
        return List.copyOf(given);
    }

    /** At least one kind, none twice, none missing (a JSON list may hold a null). */
    private static void checkKinds(List<InformationKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw new Rejection("kind", "consent.kinds.none");
        }
        if (kinds.stream().anyMatch(Objects::isNull)) {
            throw new Rejection("kind", "validation.required");
        }
        if (new HashSet<>(kinds).size() < kinds.size()) {
            throw new Rejection("kind", "consent.kinds.twice");
        }
    }

    /**
     * The name kept with the consent: none for a care team (named by its id), the registry's name of an employer of
     * the client's area (a consent to an employer must name the employer record), otherwise what was typed, if anything.
     */
    private String partyName(short areaId, Party party, UUID partyId, String typed) {
        if (party == Party.CARE_TEAM) {
            return null;
        }
        if (party == Party.EMPLOYER) {
            if (partyId == null) {
                throw new Rejection("party", "consent.employer.required");
            }
            return employers.nameOf(areaId, partyId).orElseThrow(() -> new Rejection("party", "consent.employer.unknown"));
        }
        if (party == Party.WELFARE_AREA) {
            return areaNamed(areaId, typed).name();
        }
        return typed == null || typed.isBlank() ? null : limited(typed.strip(), MAX_TEXT, "partyName");
    }

    /** A welfare area other than the client's, named by its code (as the consent form posts it). */
    private record NamedArea(short id, String name) {
    }

    private NamedArea areaNamed(short clientArea, String code) {
        return jdbc.sql("select area_id, name_fi from organisation_facts_area where code = upper(btrim(?)) and area_id <> ?")
                .params(code == null ? "" : code, clientArea)
                .query((rs, row) -> new NamedArea(rs.getShort(1), rs.getString(2))).optional()
                .orElseThrow(() -> new Rejection("party", "consent.area.unknown"));
    }

    @Override
    public boolean withdraw(UUID clientId, UUID consentId) {
        return jdbc.sql("update consent set withdrawn_at = ? where id = ? and client_id = ? and withdrawn_at is null")
                .params(Timestamp.from(clock.instant()), consentId, clientId).update() == 1;
    }

    @Override
    @Transactional
    public void voidConsent(UUID clientId, short areaId, UUID consentId, String reason, UUID revisedBy,
            Consumer<UUID> checkReviser) {
        UUID recordedBy = jdbc.sql("select recorded_by from consent where id = ? and client_id = ? and voided_at is null")
                .params(consentId, clientId).query(UUID.class).optional()
                .orElseThrow(() -> new Rejection(null, AggregateWrites.CONFLICT));
        checkReviser.accept(recordedBy);
        String why = RecordRevisions.reason(reason, "voidReason");
        Consent consent = consent(consentId).orElseThrow();
        int voided = jdbc.sql("update consent set voided_at = ? where id = ? and client_id = ? and voided_at is null")
                .params(Timestamp.from(clock.instant()), consentId, clientId).update();
        if (voided != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(RECORD_KIND, consentId, clientId, areaId, Action.VOIDED, List.of(
                new Previous("party", consent.party().name()), new Previous("kind", consent.kind().name()),
                new Previous("validFrom", consent.validFrom().toString()),
                new Previous("validUntil", consent.validUntil() == null ? "" : consent.validUntil().toString())),
                why, revisedBy));
    }

    @Override
    public List<Revision> voidsOf(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                Party.valueOf(rs.getString("party_type")), rs.getObject("party_id", UUID.class),
                rs.getString("party_name"), InformationKind.valueOf(rs.getString("kind")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getObject("entry_id", UUID.class));
    }
}

package fi.placera.clients.internal;

import fi.placera.audit.RecordRevisions;
import fi.placera.audit.RecordRevisions.Action;
import fi.placera.audit.RecordRevisions.NewRevision;
import fi.placera.audit.RecordRevisions.Previous;
import fi.placera.audit.RecordRevisions.Replaced;
import fi.placera.audit.RecordRevisions.Revision;
import fi.placera.clients.PersonalIdentityCode;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Checks;
import fi.placera.platform.Rejection;
import fi.placera.platform.persistence.AggregateWrites;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team corrects a client's name, identity code or language recorded wrong (issue 24 §6, decision 0076): the
 * client's coach or a leader of the client's team, with a reason; the values replaced are kept in the record history.
 * The client's own requests go through rectification ({@link fi.placera.clients.ClientCorrections}).
 */
@Service
public class ClientDetailCorrections {

    /** The kind of record in the history of corrections and voids. */
    static final String RECORD_KIND = "CLIENT";
    private static final int NAME = 100;

    private final JdbcClient jdbc;
    private final ClientRegistry registry;
    private final TeamRevisers revisers;
    private final RecordRevisions revisions;

    ClientDetailCorrections(JdbcClient jdbc, ClientRegistry registry, TeamRevisers revisers,
            RecordRevisions revisions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.revisers = revisers;
        this.revisions = revisions;
    }

    /** The details as they should have been recorded; an identity code left empty stays as it is. */
    public record Details(String firstName, String lastName, String identityCode, String preferredLanguage) {
    }

    /** Corrects the client's details; the form's {@code version} must still be the client's. */
    @Transactional
    public void correct(PlaceraUser user, Client client, int version, Details details, String reason) {
        revisers.checkMayCorrectDetails(user, client.summary());
        String why = RecordRevisions.reason(reason, "detailsReason");
        Details to = checked(client, details);
        List<Previous> previous = replaced(client, to);
        if (!Objects.equals(client.identityCode(), to.identityCode())
                && registry.identityCodeTaken(user, client.areaId(), to.identityCode())) {
            throw new Rejection("correctedIdentityCode", "client.details.identity-code-taken");
        }
        if (update(client, version, to) != 1) {
            throw new Rejection(null, AggregateWrites.CONFLICT);
        }
        revisions.record(new NewRevision(RECORD_KIND, client.id(), client.id(), client.areaId(), Action.CORRECTED,
                previous, why, user.accountId()));
    }

    /** The corrections of the client's details, oldest first. */
    public List<Revision> history(UUID clientId) {
        return revisions.ofClient(RECORD_KIND, clientId);
    }

    private int update(Client client, int version, Details to) {
        try {
            return jdbc.sql("""
                            update client set first_name = ?, last_name = ?, identity_code = ?, preferred_language = ?,
                                              version = version + 1
                            where id = ? and version = ?""")
                    .params(to.firstName(), to.lastName(), to.identityCode(), to.preferredLanguage(), client.id(),
                            version)
                    .update();
        } catch (DuplicateKeyException sameCodeMeanwhile) {
            throw new Rejection("correctedIdentityCode", "client.details.identity-code-taken");
        }
    }

    private static Details checked(Client client, Details details) {
        String code = details.identityCode() == null || details.identityCode().isBlank() ? client.identityCode()
                : details.identityCode().strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.equals(client.identityCode())) {
            PersonalIdentityCode.problemWith(code).ifPresent(problem -> {
                throw new Rejection("correctedIdentityCode", problem);
            });
        }
        String language = details.preferredLanguage() == null ? "" : details.preferredLanguage();
        if (!language.matches("fi|sv|en")) {
            throw new Rejection("correctedLanguage", "client.language.format");
        }
        return new Details(Checks.required(details.firstName(), NAME, "correctedFirstName"),
                Checks.required(details.lastName(), NAME, "correctedLastName"), code, language);
    }

    /** The details the correction changes, each with the value it replaces. */
    private static List<Previous> replaced(Client was, Details to) {
        return new Replaced().field("firstName", was.firstName(), to.firstName())
                .field("lastName", was.lastName(), to.lastName())
                .field("identityCode", was.identityCode(), to.identityCode())
                .field("preferredLanguage", was.preferredLanguage(), to.preferredLanguage()).orNothingChanged();
    }
}

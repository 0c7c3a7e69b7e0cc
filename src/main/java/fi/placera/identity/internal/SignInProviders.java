package fi.placera.identity.internal;

import fi.placera.identity.internal.SignInProvider.LinkTo;
import fi.placera.identity.internal.SignInProvider.WithoutMfa;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The areas' sign-in providers ({@code area_sign_in_provider}) and the subjects linked to accounts. */
@Repository
public class SignInProviders {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInProviders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<SignInProvider> of(short areaId) {
        return jdbc.sql("""
                        select area_id, issuer, oidc_client_id, client_secret_ref, link_claim, link_to, mfa_claim,
                               mfa_values, without_mfa, version
                        from area_sign_in_provider where area_id = ?""").param(areaId)
                .query(SignInProviders::provider).optional();
    }

    /** The areas that have a provider, for the login page's buttons. */
    public List<Short> areas() {
        return jdbc.sql("select area_id from area_sign_in_provider order by area_id").query(Short.class).list();
    }

    /** Saves the area's provider if it is still at the version the form loaded (0 for a new one). */
    public boolean save(SignInProvider provider) {
        return jdbc.sql("""
                        insert into area_sign_in_provider (area_id, issuer, oidc_client_id, client_secret_ref, link_claim,
                                                           link_to, mfa_claim, mfa_values, without_mfa, version)
                        values (:area, :issuer, :client, :secret, :linkClaim, :linkTo, :mfaClaim, :mfaValues,
                                :withoutMfa, 0)
                        on conflict (area_id) do update set issuer = excluded.issuer, oidc_client_id = excluded.oidc_client_id,
                            client_secret_ref = excluded.client_secret_ref, link_claim = excluded.link_claim,
                            link_to = excluded.link_to, mfa_claim = excluded.mfa_claim,
                            mfa_values = excluded.mfa_values, without_mfa = excluded.without_mfa,
                            version = area_sign_in_provider.version + 1
                        where area_sign_in_provider.version = :version""")
                .param("area", provider.areaId()).param("issuer", provider.issuer())
                .param("client", provider.clientId()).param("secret", provider.clientSecretRef())
                .param("linkClaim", provider.linkClaim()).param("linkTo", provider.linkTo().name())
                .param("mfaClaim", provider.mfaClaim()).param("mfaValues", provider.mfaValues())
                .param("withoutMfa", provider.withoutMfa().name()).param("version", provider.version())
                .update() == 1;
    }

    /** The account this provider's subject was linked to at an earlier sign-in. */
    public Optional<UUID> linkedAccount(String issuer, String subject) {
        return jdbc.sql("select account_id from account_provider_link where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).optional();
    }

    /**
     * The accounts of the area that the link claim's value names: by the staff member's work e-mail (any case), or
     * by the user name. More than one is an ambiguous claim, which links nobody.
     */
    public List<UUID> accountsNamed(short areaId, LinkTo linkTo, String value) {
        String sql = linkTo == LinkTo.EMAIL
                ? """
                  select a.id from user_account a
                  join organisation_facts_staff_email s on s.staff_member_id = a.staff_member_id
                  where a.area_id = :area and s.area_id = :area and lower(s.email) = lower(:value)"""
                : "select id from user_account where area_id = :area and username = :value";
        return jdbc.sql(sql).param("area", areaId).param("value", value).query(UUID.class).list();
    }

    /** Links the subject to the account; false when either is linked already (a concurrent first sign-in). */
    public boolean link(String issuer, String subject, UUID accountId) {
        return jdbc.sql("""
                        insert into account_provider_link (issuer, subject, account_id, linked_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(issuer, subject, accountId, OffsetDateTime.now(clock)).update() == 1;
    }

    private static SignInProvider provider(ResultSet rs, int row) throws SQLException {
        return new SignInProvider(rs.getShort("area_id"), rs.getString("issuer"), rs.getString("oidc_client_id"),
                rs.getString("client_secret_ref"), rs.getString("link_claim"), LinkTo.valueOf(rs.getString("link_to")),
                rs.getString("mfa_claim"), rs.getString("mfa_values"), WithoutMfa.valueOf(rs.getString("without_mfa")),
                rs.getInt("version"));
    }
}

package fi.placera.identity.web;

import static fi.placera.platform.Checks.formatted;
import static fi.placera.platform.Checks.required;

import java.util.regex.Pattern;

/**
 * What every OpenID Connect provider form of an area has (staff sign-in, decision 0071; clients' strong
 * identification, decision 0077): the version read, the issuer, Placera's client id there and where its secret is
 * read — the secret is named, never typed in.
 */
public abstract class ProviderConnectionForm {

    private static final Pattern ISSUER = Pattern.compile("https?://[^\\s]{1,490}");
    private static final Pattern SECRET_REF = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]{0,99}|file:/[^\\s]{1,300}");
    /** A claim's name, as providers spell them (e.g. {@code amr}, {@code urn:oid:1.2.246.21}). */
    static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private int version;
    private String issuer;
    private String clientId;
    private String clientSecretRef;

    void connection(int version, String issuer, String clientId, String clientSecretRef) {
        this.version = version;
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecretRef = clientSecretRef;
    }

    /** The checks of the connection's fields, each refusing its own field. */
    Runnable[] connectionChecks() {
        return new Runnable[] {
                () -> formatted(issuer, ISSUER, "sso.admin.issuer.format", "issuer"),
                () -> required(clientId, 200, "clientId"),
                () -> formatted(clientSecretRef, SECRET_REF, "sso.admin.secret.format", "clientSecretRef")};
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getClientSecretRef() { return clientSecretRef; }
    public void setClientSecretRef(String clientSecretRef) { this.clientSecretRef = clientSecretRef; }
}

package fi.placera.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Client (job seeker) accounts: a coach invites the client with a one-time link, the client chooses a user name and
 * a passphrase and then enrols an authenticator app at the first login, exactly as staff do (two-step login). An
 * account with the role {@link Role#CLIENT} is linked to exactly one client. A national OIDC login can replace the
 * invite by linking the subject it verified to the client (docs/decisions/0018-client-accounts.md).
 */
public interface ClientAccounts {

    /** How long an invitation link works. */
    java.time.Duration INVITE_VALIDITY = java.time.Duration.ofDays(7);

    /**
     * A new invitation for the client, in the client's language (one Placera speaks); returns the token to put in the
     * link (shown once; only its hash is stored). The caller has decided that the user may act for this client (their
     * coach or team).
     */
    Invitation invite(UUID clientId, short areaId, String clientName, Locale language, PlaceraUser invitedBy);

    /** Whether a link's token is one that can still be used; nothing else is revealed about it. */
    boolean usable(String token);

    /** The language of a link that can still be used (the client's, for its pages); empty for any other token. */
    Optional<Locale> language(String token);

    /**
     * Creates the account of the invitation's client and uses up the invitation. Refused ({@link
     * fi.placera.platform.Rejection}) with a message next to the field: an unusable link, a user name that is taken or
     * malformed, a passphrase the password policy refuses or that does not match its repetition.
     */
    void accept(String token, String username, String passphrase, String repeated);

    /** The client the signed-in client account belongs to; empty for every other account. */
    Optional<UUID> clientOf(PlaceraUser user);

    /** Whether the client already has an account. */
    boolean hasAccount(UUID clientId);

    /** The client's latest invitation, for the coach to see whether it was taken into use (issue 28 §8). */
    Optional<InvitationState> latestInvitation(UUID clientId);

    /** When an invitation was made, until when its link works, and when it was used (null: not used). */
    record InvitationState(Instant invitedAt, Instant expiresAt, Instant usedAt) {

        public boolean usedOrExpiredOn(Instant now) {
            return usedAt != null || !expiresAt.isAfter(now);
        }
    }

    /**
     * Closes the client's account for an erasure: its sessions end, it is disabled, its user name, display name,
     * passphrase hash, authenticator and e-mail codes (with their queued mail) are replaced or removed. The row
     * itself stays because the client's requests and withdrawals (kept for accountability) name it. The link to the
     * client ({@code client_account}) and invitations are left to the erasure, which removes them. Returns whether
     * the client had an account.
     */
    boolean close(UUID clientId);

    /** A link's token and when it stops working. */
    record Invitation(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Invitation[" + expiresAt + "]";
        }
    }
}

package fi.placera.identity.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (ASVS V6.5): RFC 6238 codes (SHA-1, 6 digits, 30 s) from an authenticator app,
 * each usable once and only in its own or the previous time step, and ten single-use recovery codes.
 */
@Component
public class TotpAuthenticator {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int RECOVERY_CODES = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretBox box;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    TotpAuthenticator(JdbcClient jdbc, Clock clock, SecretBox box) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.box = box;
    }

    public boolean isEnrolled(UUID accountId) {
        return secretOf(accountId).isPresent();
    }

    /** A new secret for enrolment; it is stored only when the user proves their app shows its codes. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// QR code of a secret, as a data: URI for an img element. */
    public String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Placera")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /** Stores the secret if the code matches it; returns the recovery codes to show once, or empty. */
    @Transactional
    public Optional<List<String>> enrol(UUID accountId, String secret, String code) {
        Optional<Long> step = matchingStep(secret, code, 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        int stored = jdbc.sql("""
                        insert into mfa_credential (account_id, secret, enrolled_at, last_used_step)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(accountId, box.seal(secret, accountId.toString()), Timestamp.from(clock.instant()), step.get())
                .update();
        if (stored == 0) {
            return Optional.empty();
        }
        List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recovery.forEach(recoveryCode -> jdbc.sql("insert into mfa_recovery_code (account_id, code_hash) values (?, ?)")
                .params(accountId, hash(recoveryCode)).update());
        return Optional.of(recovery);
    }

    /** Accepts an authenticator code once, or an unused recovery code. */
    @Transactional
    public boolean verify(UUID accountId, String code) {
        String entered = code == null ? "" : code.strip();
        if (entered.matches("\\d{6}")) {
            return verifyTotp(accountId, entered);
        }
        return jdbc.sql("update mfa_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), accountId, hash(entered.toLowerCase(java.util.Locale.ROOT)))
                .update() == 1;
    }

    private boolean verifyTotp(UUID accountId, String code) {
        Optional<Credential> credential = jdbc.sql("select secret, last_used_step from mfa_credential where account_id = ?")
                .param(accountId)
                .query((rs, row) -> new Credential(rs.getString(1), rs.getLong(2)))
                .optional();
        if (credential.isEmpty()) {
            return false;
        }
        String stored = credential.get().secret();
        String secret = box.open(stored, accountId.toString());
        boolean accepted = matchingStep(secret, code, credential.get().lastUsedStep())
                // the conditional update makes the code single-use even under concurrent submits
                .map(step -> jdbc.sql("update mfa_credential set last_used_step = ? where account_id = ? and last_used_step < ?")
                        .params(step, accountId, step).update() == 1)
                .orElse(false);
        if (accepted && !SecretBox.isSealed(stored)) {
            // a secret stored before sealing existed (seed or generated data) is sealed at its first use
            jdbc.sql("update mfa_credential set secret = ? where account_id = ? and secret = ?")
                    .params(box.seal(secret, accountId.toString()), accountId, stored).update();
        }
        return accepted;
    }

    private Optional<String> secretOf(UUID accountId) {
        return jdbc.sql("select secret from mfa_credential where account_id = ?").param(accountId)
                .query(String.class).optional();
    }

    /** The time step (current or previous, and after the last used one) whose code this is. */
    private Optional<Long> matchingStep(String secret, String code, long lastUsedStep) {
        long current = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = current; step >= current - 1 && step > lastUsedStep; step--) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    String.valueOf(code).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private static String hash(String recoveryCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(recoveryCode.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Credential(String secret, long lastUsedStep) {
    }
}

package fi.placera.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Application-level encryption of the secrets Placera must be able to read back (the second factor's TOTP secrets):
 * AES-256-GCM under a key kept in a file outside the database ({@code placera.secrets.key-file}), so a copy of the
 * database or of its backups holds no usable secret (security checklist DP6). A sealed value is {@value #PREFIX}
 * followed by the base64 of a random 96-bit nonce and the ciphertext with its tag; the account id is the associated
 * data, so a sealed secret copied onto another account does not open. A value without the prefix is one written
 * before sealing existed (seed data, the synthetic generator): it is read as it is and sealed at its next use.
 */
@Component
class SecretBox {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretBox(@Value("${placera.secrets.key-file}") String keyFile) {
        this.key = new SecretKeySpec(keyOf(Path.of(keyFile)), "AES");
    }

    String seal(String secret, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, associatedData, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret of a sealed value, or the value itself when it was stored before sealing existed. */
    String open(String stored, String associatedData) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, associatedData, sealed), StandardCharsets.UTF_8);
    }

    /**
     * A keyed MAC (HMAC-SHA-256, base64url) of a value, for one purpose: the key is derived from the secrets key and
     * the purpose, so tags made for one purpose never stand for another, and no second key file is needed.
     */
    String tag(String purpose, String value) {
        byte[] purposeKey = mac(key.getEncoded(), "placera tag key: " + purpose);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purposeKey, value));
    }

    private static byte[] mac(byte[] macKey, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private byte[] crypt(int mode, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key file or a tampered value: the second factor cannot be checked, and must not pass
            throw new IllegalStateException("A sealed secret could not be opened with the configured key", e);
        }
    }

    /** The key file's 64 hexadecimal characters; a missing file is created with a new random key, readable by its owner. */
    private static byte[] keyOf(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("The secrets key file " + file + " must hold 32 bytes as 64 hex digits");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException notHex) {
            throw new IllegalStateException("The secrets key file " + file + " must hold 64 hex digits", notHex);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            Files.writeString(file, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // another node created it first: theirs is used
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions protect it
        }
    }
}

package fi.placera.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir Path directory;

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndItsAccount() throws Exception {
        Path keyFile = directory.resolve("keys/secrets.key");
        SecretBox box = new SecretBox(keyFile.toString());
        assertThat(Files.readString(keyFile)).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        String sealed = box.seal("JBSWY3DPEHPK3PXP", "account-1");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.seal("JBSWY3DPEHPK3PXP", "account-1")).isNotEqualTo(sealed);   // a new nonce each time
        assertThat(box.open(sealed, "account-1")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(new SecretBox(keyFile.toString()).open(sealed, "account-1")).isEqualTo("JBSWY3DPEHPK3PXP");

        assertThatThrownBy(() -> box.open(sealed, "account-2")).isInstanceOf(IllegalStateException.class);
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
        bytes[20] ^= 1;   // one bit of the ciphertext (editing the last base64 character may only touch padding bits)
        String tampered = SecretBox.PREFIX + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(tampered, "account-1")).isInstanceOf(IllegalStateException.class);
        SecretBox otherKey = new SecretBox(directory.resolve("other.key").toString());
        assertThatThrownBy(() -> otherKey.open(sealed, "account-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretStoredBeforeSealingIsReadAsItIs() {
        SecretBox box = new SecretBox(directory.resolve("secrets.key").toString());
        assertThat(box.open("JBSWY3DPEHPK3PXP", "account-1")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(SecretBox.isSealed("JBSWY3DPEHPK3PXP")).isFalse();
    }

    @Test
    void aKeyFileThatIsNotThirtyTwoBytesOfHexIsRefused() throws Exception {
        Path shortKey = Files.writeString(directory.resolve("short.key"), "abcd");
        Path notHex = Files.writeString(directory.resolve("nothex.key"), "z".repeat(64));
        assertThatThrownBy(() -> new SecretBox(shortKey.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox(notHex.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("64 hex digits");
    }
}

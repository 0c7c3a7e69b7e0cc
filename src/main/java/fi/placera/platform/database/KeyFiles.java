package fi.placera.platform.database;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * The key files that a copy of the database cannot work without, where this installation keeps them: the TOTP sealing
 * key (decision 0029), the access log's keys (0034) and the research studies' keys (0022). Each module reads its own
 * setting; backup and restore read the same settings here by name, since they run without the modules (and without
 * the database) started. A new key file of a module belongs here too.
 */
record KeyFiles(Path secretsKey, Path auditKeys, Path researchKeyDirectory) {

    static final String SECRETS_KEY = "placera.secrets.key-file";
    static final String AUDIT_KEYS = "placera.audit.key-file";
    static final String RESEARCH_KEY_DIRECTORY = "placera.research.key-dir";

    static KeyFiles of(Environment settings) {
        return new KeyFiles(Path.of(settings.getRequiredProperty(SECRETS_KEY)),
                Path.of(settings.getRequiredProperty(AUDIT_KEYS)),
                Path.of(settings.getRequiredProperty(RESEARCH_KEY_DIRECTORY)));
    }
}

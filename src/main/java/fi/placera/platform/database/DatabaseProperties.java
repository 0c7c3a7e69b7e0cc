package fi.placera.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. An empty {@code dataDirectory} means an
 * ephemeral server: one per JVM with a fresh database for each application context (tests).
 */
@ConfigurationProperties("placera.database")
public record DatabaseProperties(String dataDirectory, int poolSize) {

    public DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    boolean ephemeral() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}

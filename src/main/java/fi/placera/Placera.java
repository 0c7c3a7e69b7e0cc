package fi.placera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Placera: the software Finnish IPS (Individual Placement and Support) services run on.
 * A modular monolith; each sub-package of {@code fi.placera} is one business capability.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Placera {

    public static void main(String[] args) {
        SpringApplication.run(Placera.class, args);
    }
}

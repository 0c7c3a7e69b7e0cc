package fi.placera.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every build carries its software bill of materials (decision 0048): the CycloneDX document of the runtime class path
 * that the jar ships at META-INF/sbom, made before the tests run, so an operator can check the versions it contains.
 */
class SbomTest {

    private static final Path SBOM = Path.of("target/classes/META-INF/sbom/application.cdx.json");

    @Test
    void theBuildListsEveryRuntimeLibraryWithItsVersion() throws IOException {
        JsonNode bom = JsonMapper.builder().build().readTree(SBOM.toFile());
        assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        List<String> components = new ArrayList<>();
        bom.path("components").forEach(component -> components.add(
                component.path("group").asString() + ":" + component.path("name").asString() + ":"
                        + component.path("version").asString()));
        assertThat(components).hasSizeGreaterThan(100)
                .anyMatch(component -> component.startsWith("org.springframework.boot:spring-boot:4.1."))
                .anyMatch(component -> component.startsWith("org.apache.tomcat.embed:tomcat-embed-core:11."))
                .noneMatch(component -> component.endsWith(":"));
    }
}

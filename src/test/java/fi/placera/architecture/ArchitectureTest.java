package fi.placera.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of architecture.md and quality.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.placera");
    /** Bean validation: its annotations ({@code @Valid}, Spring's {@code @Validated}) and its packages. */
    private static final java.util.regex.Pattern BEAN_VALIDATION =
            java.util.regex.Pattern.compile("@Valid(?:ated)?\\b|\\b(?:jakarta|javax)\\.validation\\b");

    @Test
    void noJpaOrHibernate() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void domainCodeTakesTheTimeFromTheInjectedClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .check(MAIN);
    }

    /**
     * One validation style (decision 0057): a form checks its fields with {@code platform.Checks}, a refusal is a
     * {@code platform.Rejection} next to its field or in the API's problem; no bean validation annotations beside it.
     */
    @Test
    void noBeanValidationInMainCode() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> usesBeanValidation(read(file))).map(Path::toString).toList();
            assertThat(offenders).as("bean validation (@Valid, jakarta.validation) instead of Checks/Rejection")
                    .isEmpty();
        }
    }

    @Test
    void theBeanValidationCheckSeesAnnotationsAndImportsButNotWordsInText() {
        assertThat(usesBeanValidation("String save(@Valid @ModelAttribute Form form)")).isTrue();
        assertThat(usesBeanValidation("import jakarta.validation.constraints.NotBlank;")).isTrue();
        assertThat(usesBeanValidation("@Validated class Settings")).isTrue();
        assertThat(usesBeanValidation("/** A valid code; Validity of the form. */ boolean isValid()")).isFalse();
    }

    private static boolean usesBeanValidation(String source) {
        return BEAN_VALIDATION.matcher(source).find();
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .check(MAIN);
    }

    /**
     * The rules and the data access of a module do not know that they are called over HTTP: "not found" is
     * {@link fi.placera.platform.NotFound}, which the web layer answers with 404; filters, interceptors and the
     * security configuration are web code and live in {@code web}.
     */
    @Test
    void internalPackagesUseNoHttpTypes() {
        noClasses().that().resideInAPackage("..internal..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(MAIN);
    }

    @Test
    void noStringIsConcatenatedIntoSql() throws IOException {
        assertThat(SqlConcatenationScanner.findIn(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> offenders = templates.filter(Files::isRegularFile)
                    .filter(file -> read(file).contains("th:utext"))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

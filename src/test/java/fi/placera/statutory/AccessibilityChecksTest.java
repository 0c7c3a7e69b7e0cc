package fi.placera.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file the accessibility statement and the browser tests share is whole and says what the statement needs. */
class AccessibilityChecksTest {

    private final AccessibilityChecks checks = AccessibilityChecks.load();

    @Test
    void theBuildChecksWcag21LevelsAAndAA() {
        assertThat(checks.standard()).isEqualTo("WCAG 2.1 AA");
        assertThat(checks.axeTags()).containsExactly("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
        assertThat(checks.reviewedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void everyRuleTestsAtLeastOneSuccessCriterionAndIsListedOnce() {
        assertThat(checks.ruleIds()).doesNotHaveDuplicates().contains("color-contrast", "label", "html-has-lang");
        assertThat(checks.rules()).allMatch(rule -> !rule.criteria().isEmpty());
    }

    @Test
    void theCriteriaFollowTheStandardsNumbering() {
        List<String> criteria = checks.criteria();
        assertThat(criteria.indexOf("1.4.3")).isLessThan(criteria.indexOf("1.4.12"));
        assertThat(criteria.get(0)).isEqualTo("1.1.1");
        assertThat(criteria).doesNotHaveDuplicates().allMatch(criterion -> criterion.matches("\\d\\.\\d\\.\\d+"));
    }

    @Test
    void everyKnownExceptionIsExplainedInFinnishSwedishAndEnglish() {
        assertThat(checks.exceptions()).isNotEmpty();
        for (AccessibilityChecks.KnownException exception : checks.exceptions()) {
            assertThat(List.of(exception.text("fi"), exception.text("sv"), exception.text("en")))
                    .as(exception.id()).doesNotHaveDuplicates().allMatch(text -> text.length() > 40);
            assertThat(exception.text("de")).as("an unknown language reads Finnish").isEqualTo(exception.text("fi"));
        }
    }
}

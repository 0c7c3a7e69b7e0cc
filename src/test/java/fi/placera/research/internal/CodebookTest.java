package fi.placera.research.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.research.internal.ExtractTables.Column;
import fi.placera.research.internal.ExtractTables.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 27 §5: the codebook covers every variable in fi, sv and en, and the SPSS syntax reads every table. */
class CodebookTest {

    private final ResourceBundleMessageSource messages = messages();
    private final Codebook codebook = new Codebook(messages);

    private static ResourceBundleMessageSource messages() {
        // as the application reads them: no fallback to the machine's language, no key shown as its own label
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyVariableAndEveryCodeHasALabelInFinnishSwedishAndEnglish() {
        for (String language : List.of("fi", "sv", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            for (Table table : ExtractTables.ALL) {
                for (Column column : table.columns()) {
                    // getMessage throws when the key is missing from the language and the default bundle
                    assertThat(messages.getMessage("research.codebook." + table.name() + "." + column.name(), null,
                            locale)).as(language + " " + table.name() + "." + column.name()).isNotBlank();
                    column.values().forEach(value -> assertThat(messages.getMessage(
                            column.valuePrefix() + "." + value, null, locale)).isNotBlank());
                }
            }
        }
        assertThat(codebook.codebookCsv()).contains("referrals,enrolled_on,date,", "background,diagnosis_group,string,",
                "questionnaire_items,item_type,string,", "team_questionnaires,mean,decimal,");
    }

    @Test
    void theSpssSyntaxReadsEveryTableWithItsFormatsAndLabels() {
        String spss = codebook.spssScript();

        for (Table table : ExtractTables.ALL) {
            assertThat(spss).contains("GET DATA /TYPE=TXT /FILE='csv/" + table.name() + ".csv'",
                    "SAVE OUTFILE='" + table.name() + ".sav'.");
        }
        assertThat(spss).contains("    birth_year F12.0", "    enrolled_on SDATE10", "    mean F16.4",
                "    in_work_at_entry A5", "    pseudonym 'Pseudonym of the client in this study'",
                "VALUE LABELS item_type 'SCALE' 'Scale' 'CHOICE' 'Choice'.",
                "VALUE LABELS in_work_at_entry 'true' 'Yes' 'false' 'No'.");
        // an apostrophe in a label is doubled, so the syntax stays whole
        assertThat(spss).contains("'The person''s referral number (in order of referral)'");
    }
}

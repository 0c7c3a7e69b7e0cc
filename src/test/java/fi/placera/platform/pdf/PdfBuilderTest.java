package fi.placera.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fi.placera.platform.chart.BarChart;
import fi.placera.testing.PdfText;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PdfBuilderTest {

    private static final List<String> NAMES = PdfText.NAMES;
    private static final BarChart CHART = BarChart.builder(400, 40, BigDecimal.ZERO, BigDecimal.TEN)
            .bar("Pylväs-Q1", "7", new BigDecimal("7")).bar("Pylväs-Q2", "–", null)
            .guide("Tavoite-41", new BigDecimal("4.1")).build();

    private static byte[] pdf(Consumer<PdfBuilder> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBuilder pdf = PdfBuilder.open(out, "Testi", Locale.forLanguageTag("fi"))) {
            content.accept(pdf);
        }
        return out.toByteArray();
    }

    @Test
    void namesInEveryScriptComeBackExactlyFromEveryKindOfBlock() {
        byte[] pdf = pdf(builder -> {
            builder.title(NAMES.get(0));
            builder.heading(NAMES.get(1));
            builder.text("Asiakas " + NAMES.get(2) + " ja " + NAMES.get(3));
            builder.fields(List.of(Map.entry("Nimi", NAMES.get(2))));
            builder.table(new float[] {1, 1}, List.of("Nimi", "Tiimi"), List.of(List.of(NAMES.get(3), NAMES.get(1))));
        });
        String text = PdfText.of(pdf);
        assertThat(text).contains(NAMES).contains("Asiakas " + NAMES.get(2) + " ja " + NAMES.get(3));
        assertThat(PdfText.allFontsEmbedded(pdf)).isTrue();
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Identity-H")
                .contains("DejaVuSans").doesNotContain("/Helvetica");
    }

    @Test
    void aChartThatDoesNotFitUnderItsTitleMovesWithItsTitleToTheNextPage() {
        for (int filler = 1; filler < 90; filler += 2) {
            int lines = filler;
            byte[] pdf = pdf(builder -> {
                for (int line = 0; line < lines; line++) {
                    builder.text("Rivi " + line);
                }
                builder.barChart("Kaavion otsikko", CHART);
            });
            List<String> pages = PdfText.pages(pdf);
            int titlePage = pageWith(pages, "Kaavion otsikko");
            assertThat(pageWith(pages, "Pylväs-Q1")).as("after %d lines", lines).isEqualTo(titlePage);
        }
    }

    @Test
    void aBarChartWritesEachBarsLabelAndValueAndEachGuidesLabel() {
        String text = PdfText.of(pdf(builder -> builder.barChart("Kaavion otsikko", CHART)));
        assertThat(text).contains("Kaavion otsikko", "Pylväs-Q1", "Pylväs-Q2", "7", "–", "Tavoite-41");
    }

    @Test
    void aMarkedDocumentSaysSoOnEveryPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBuilder pdf = PdfBuilder.marked(out, "Testi", Locale.forLanguageTag("fi"), "LUONNOS 1.7.2026")) {
            for (int line = 0; line < 120; line++) {
                pdf.text("Rivi " + line);
            }
        }
        List<String> pages = PdfText.pages(out.toByteArray());
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).contains("LUONNOS 1.7.2026"));
    }

    private static int pageWith(List<String> pages, String text) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}

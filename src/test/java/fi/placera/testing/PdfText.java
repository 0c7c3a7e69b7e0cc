package fi.placera.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as a reader's PDF tool extracts it (Apache PDFBox, independent of the library that wrote it): page
 * by page, right-to-left runs given back in logical order, so that a name typed in Arabic reads as it was typed.
 */
public final class PdfText {

    /** Names in the scripts of people Placera serves: Sámi, Russian, Arabic (right to left) and Vietnamese. */
    public static final List<String> NAMES = List.of("Áile Ánnámáret Niillasdóttir", "Мария Иванова", "مريم",
            "Nguyễn Thị Ánh");

    private PdfText() {
    }

    /** The text of each page, the first page first. */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text, pages one after another. */
    public static String of(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /** Whether every font the PDF uses is embedded in it (no reader has to substitute a font for a name). */
    public static boolean allFontsEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    if (!resources.getFont(name).isEmbedded()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

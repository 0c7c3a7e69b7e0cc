package fi.placera.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fi.placera.platform.chart.BarChart;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every PDF Placera writes is built here, so that all of them look alike and print every name: A4 pages, DejaVu Sans
 * (regular and bold) embedded as Unicode (Identity-H) so that Sámi, Cyrillic, Arabic and Vietnamese letters come out
 * as typed, text laid out with the bidirectional algorithm (Arabic shaped and right to left inside a left-to-right
 * page), headings kept with what follows them and each chart kept on one page with its title. Open one per document,
 * add blocks in reading order, then {@link #close()}. Not thread-safe; one builder writes one document.
 */
public final class PdfBuilder implements AutoCloseable {

    /** The colour of bars in charts, as on the pages. */
    private static final Color BAR = new Color(0x1d, 0x5f, 0xa8);
    private static final Color GUIDE = new Color(0x8a, 0x5a, 0x00);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xee, 0xee);
    private static final Color MARKING = new Color(0xa0, 0x1c, 0x1c);
    private static final float MARGIN = 48;
    /** A heading needs room for itself and a few lines of what it introduces, or it moves to the next page. */
    private static final float HEADING_ROOM = 80;

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private static final Font TITLE = new Font(BOLD, 18);
    private static final Font HEADING = new Font(BOLD, 12);
    private static final Font SUBHEADING = new Font(BOLD, 10);
    private static final Font BODY = new Font(REGULAR, 10);
    private static final Font BODY_BOLD = new Font(BOLD, 10);
    private static final Font TABLE = new Font(REGULAR, 9);
    private static final Font TABLE_BOLD = new Font(BOLD, 9);
    private static final Font NOTE = new Font(REGULAR, 8);

    private final Document document;
    private final PdfWriter writer;

    private PdfBuilder(OutputStream out, String title, Locale locale, String marking) {
        document = new Document(PageSize.A4, MARGIN, MARGIN, marking == null ? MARGIN : MARGIN + 14, MARGIN);
        writer = PdfWriter.getInstance(document, out);
        writer.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        if (marking != null) {
            writer.setPageEvent(new Marking(marking));
        }
        document.addTitle(title);
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    }

    /** A document with its title (in the file's properties) in the given language. */
    public static PdfBuilder open(OutputStream out, String title, Locale locale) {
        return new PdfBuilder(out, title, locale, null);
    }

    /** A document that says {@code marking}, such as the state and day of a draft, at the top of every page. */
    public static PdfBuilder marked(OutputStream out, String title, Locale locale, String marking) {
        return new PdfBuilder(out, title, locale, marking);
    }

    public void title(String text) {
        block(text, TITLE, 0, 6);
    }

    public void heading(String text) {
        keepRoom(HEADING_ROOM);
        block(text, HEADING, 10, 4);
    }

    public void subheading(String text) {
        keepRoom(HEADING_ROOM / 2);
        block(text, SUBHEADING, 6, 2);
    }

    public void text(String text) {
        block(text, BODY, 0, 4);
    }

    public void strong(String text) {
        block(text, BODY_BOLD, 0, 4);
    }

    /** Small print: when a document was made, how figures were computed. */
    public void note(String text) {
        block(text, NOTE, 0, 4);
    }

    /** Label and value lines, the label in bold: one record of a person's data. */
    public void fields(List<Map.Entry<String, String>> fields) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.setSplitLate(false);
        for (Map.Entry<String, String> field : fields) {
            table.addCell(borderless(field.getKey(), TABLE_BOLD));
            table.addCell(borderless(field.getValue(), TABLE));
        }
        add(table);
    }

    /**
     * A table with a header row repeated on every page (none when {@code headers} is empty); columns numbered in
     * {@code rightAligned} are figures.
     */
    public void table(float[] widths, List<String> headers, List<List<String>> rows, Set<Integer> rightAligned) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        table.setHeaderRows(headers.isEmpty() ? 0 : 1);
        table.setSplitLate(false);
        for (String header : headers) {
            PdfPCell cell = cell(header, TABLE_BOLD);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                PdfPCell cell = cell(row.get(column), TABLE);
                if (rightAligned.contains(column)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        add(table);
    }

    public void table(float[] widths, List<String> headers, List<List<String>> rows) {
        table(widths, headers, rows, Set.of());
    }

    /**
     * A bar chart under its title, both on the same page (when they do not fit at the foot of a page, both move to the
     * next one): the same bars as the page's SVG, each with its label and value written under it, and the guides as
     * dashed lines with their labels.
     */
    public void barChart(String title, BarChart chart) {
        chart(title, chart.width(), BarChart.HEIGHT, canvas -> {
            for (BarChart.Bar bar : chart.bars()) {
                canvas.bar(bar.x(), bar.y(), bar.width(), bar.height());
                float middle = bar.x() + bar.width() / 2f;
                canvas.text(bar.label(), middle, BarChart.HEIGHT - 16, true);
                canvas.text(bar.shown(), middle, BarChart.HEIGHT - 6, true);
            }
            for (BarChart.Mark guide : chart.guides()) {
                canvas.dashedLine(chart.left(), chart.width(), guide.y());
                canvas.text(guide.label(), 2, guide.y() + 3, false);
            }
            for (BarChart.Mark mark : chart.scale()) {
                canvas.text(mark.label(), 0, mark.y() + 3, false);
            }
        });
    }

    private void chart(String title, float width, float height, Consumer<Canvas> drawing) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        drawing.accept(new Canvas(template, height));
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(10);
        block.setSpacingAfter(6);
        block.setKeepTogether(true);
        PdfPCell heading = borderless(title, HEADING);
        heading.setPaddingBottom(6);
        block.addCell(heading);
        PdfPCell chart = new PdfPCell(image(template), false);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setPadding(0);
        block.addCell(chart);
        add(block);
    }

    @Override
    public void close() {
        document.close();
    }

    /**
     * Drawing in a chart's own coordinates as on the page's SVG: x to the right, y downwards from the top, so that the
     * same bars as on the screen can be drawn without arithmetic in the caller.
     */
    private static final class Canvas {

        private final PdfContentByte content;
        private final float height;

        private Canvas(PdfContentByte content, float height) {
            this.content = content;
            this.height = height;
        }

        void bar(float x, float y, float width, float barHeight) {
            content.setColorFill(BAR);
            content.rectangle(x, height - y - barHeight, width, barHeight);
            content.fill();
        }

        /** Text of size 7 centred on x (or starting there), its baseline at y from the top. */
        void text(String text, float x, float y, boolean centred) {
            content.beginText();
            content.setColorFill(Color.BLACK);
            content.setFontAndSize(REGULAR, 7);
            content.showTextAligned(centred ? Element.ALIGN_CENTER : Element.ALIGN_LEFT, text, x, height - y, 0);
            content.endText();
        }

        void dashedLine(float fromX, float toX, float y) {
            content.saveState();
            content.setColorStroke(GUIDE);
            content.setLineDash(4, 3, 0);
            content.moveTo(fromX, height - y);
            content.lineTo(toX, height - y);
            content.stroke();
            content.restoreState();
        }
    }

    /** The marking in red at the top of each page. */
    private static final class Marking extends PdfPageEventHelper {

        private final String text;

        Marking(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(text, new Font(BOLD, 11, Font.NORMAL, MARKING)), document.left(),
                    document.getPageSize().getHeight() - MARGIN + 4, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
        }
    }

    /** Starts a new page unless {@code room} points are left above the bottom margin. */
    private void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }

    /** Text goes into a cell because only cells apply the bidirectional algorithm and Arabic shaping. */
    private void block(String text, Font font, float before, float after) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(before);
        block.setSpacingAfter(after);
        block.setSplitLate(false);
        block.addCell(borderless(text, font));
        add(block);
    }

    private static PdfPCell borderless(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(2);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setLeading(0, 1.3f);
        cell.setPaddingBottom(4);
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfBuilder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            // cached by name: the parsed font is shared, the glyphs used are tracked per document
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

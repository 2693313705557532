package org.concord.web.pages;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.concord.brief.Brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The decision brief as a document: the print page of the desk (HTML with print CSS) and the PDF laid out from the
 * same HTML by openhtmltopdf on PDFBox, with the DejaVu Sans fonts bundled in the jar embedded (subsets). The marking
 * is printed at the head and foot of every page: in the PDF as running page-margin elements, on the print page as
 * fixed blocks repeated by the browser on each printed sheet.
 */
public final class BriefDocument {
    /** The font family the brief is set in; both faces ship in the jar under {@code /fonts} with their licence. */
    static final String FONT = "DejaVu Sans";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String CSS = resource("/web/brief.css");

    static {
        // openhtmltopdf reports on stderr by default (CSS it skips: the print page's screen rules, timings): not for a
        // server log or the command line's one-line answers
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private BriefDocument() {}

    /** What the template renders: the brief, formatted, for the print page or for the PDF. */
    public record View(Brief brief, boolean pdf, String css, List<Cell> board, List<Analysis.OptionRow> options,
                       List<Analysis.RiskRow> risks, String optionsSummary) {
        public String position(double p) { return String.format(Locale.ROOT, "%.0f", p); }

        /** A bar's width in percent, for the CSS chart. */
        public String width(String percent) { return percent.replace("%", ""); }
    }

    /** A board cell: the member, a symbol and a word (never colour alone). */
    public record Cell(String member, String symbol, String word) {}

    /** The print page's HTML. */
    public static String html(Brief b) { return render(b, false); }

    /**
     * The brief as PDF (A4), fonts embedded.
     *
     * @throws UncheckedIOException if the document cannot be written
     */
    public static byte[] pdf(Brief b) {
        String html = render(b, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("/fonts/DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("/fonts/DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Concord");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String render(Brief b, boolean pdf) {
        List<Cell> board = b.board().stream().map(c -> c.position() == null ? new Cell(c.member(), "·", "no position yet")
                : new Cell(c.member(), Labels.symbol(Labels.kindOf(c.position())), Labels.position(Labels.kindOf(c.position())))).toList();
        Analysis a = new Analysis(b.options(), "", List.of(), null);
        List<Analysis.RiskRow> risks = b.risks().stream().map(Analysis.RiskRow::of).toList();
        String summary = b.options() == null || b.options().options().isEmpty() ? null
                : b.options().closest() == null ? "No option is forecast to be accepted by every ally."
                : "Closest to the proposer (" + b.options().proposer() + ") that every ally is forecast to accept: "
                + b.options().options().stream().filter(o -> o.closest()).findFirst().map(o -> o.label()).orElse("") + ".";
        StringOutput out = new StringOutput();
        TEMPLATES.render("brief.jte", new View(b, pdf, pdf ? CSS + pageRules(b.classification()) : null, board, a.optionRows(), risks, summary), out);
        return out.toString();
    }

    /** The PDF's page: A4, the marking at the head and foot of every page, page numbers. */
    private static String pageRules(String marking) {
        return "\n@page { size: A4; margin: 16mm 13mm 16mm 13mm;"
                + " @top-center { content: element(marktop); } @bottom-center { content: element(markbottom); }"
                + " @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: \"" + FONT + "\"; font-size: 7pt; } }\n"
                + ".marking.top { position: running(marktop); } .marking.bottom { position: running(markbottom); }\n";
    }

    private static InputStream font(String path) {
        InputStream in = BriefDocument.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("the font " + path + " is missing from the jar");
        return in;
    }

    private static String resource(String path) {
        try (InputStream in = BriefDocument.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

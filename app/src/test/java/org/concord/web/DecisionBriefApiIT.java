package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.concord.boot.Concord;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.Http;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision brief of an item (issue 14, section 5) as PDF and print page: one or two pages, fonts embedded, marked
 * as high as what it shows the reader and never showing what the reader may not see; checked by text extraction and
 * by rendering the pages to PNG (saved under {@code target/screenshots}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionBriefApiIT {
    static final String NMI = "nmi-termination-2026";
    static final String RESTRICTED_QUOTE = "Rome will hold the line on a residual presence";
    Concord concord;
    Server server;
    Http cleared, uncleared, analyst, anonymous;

    @BeforeAll
    void start() {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        int port = server.port();
        cleared = Http.withToken(port, Fixtures.token(concord, "ita-cleared", Role.DELEGATION, "ITA", "NATO SECRET"));
        uncleared = Http.withToken(port, Fixtures.token(concord, "fra-uncleared", Role.DELEGATION, "FRA", "NATO UNCLASSIFIED"));
        analyst = Http.withToken(port, Fixtures.token(concord, "analyst-r", Role.ANALYST, null, "NATO SECRET"));
        anonymous = new Http(port);
        var r = analyst.post("/api/v1/stances", """
                {"issue":"nmi-end","actor":"ITA","reportedOn":"2026-03-02","source":"Italian official, to the desk","grade":"B2",
                 "position":40,"quote":"%s","classification":"NATO RESTRICTED"}""".formatted(RESTRICTED_QUOTE));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
        concord.close();
    }

    record Pdf(int pages, List<String> pageTexts, List<String> fonts, List<Boolean> embedded, List<BufferedImage> images) {
        /** The text of every page, white space (line breaks of the layout included) as single spaces. */
        String text() { return String.join("\n", pageTexts).replaceAll("\\s+", " "); }
    }

    Pdf pdf(Http reader, String name) throws IOException {
        Http.Bytes b = reader.getBytes("/api/v1/items/" + NMI + "/brief.pdf");
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.contentType()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(b.body())) {
            List<String> texts = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            List<BufferedImage> images = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(doc);
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                texts.add(stripper.getText(doc));
                PDPage page = doc.getPage(i);
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(fontName);
                    fonts.add(f.getName());
                    embedded.add(f.isEmbedded());
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", dir.resolve("brief-" + name + "-page" + (i + 1) + ".png").toFile());
                images.add(image);
            }
            return new Pdf(doc.getNumberOfPages(), texts, fonts, embedded, images);
        }
    }

    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, bl = rgb & 0xff;
                if (r + g + bl < 600) ink++;
            }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void a_delegation_cleared_for_the_stance_gets_a_brief_marked_nato_restricted_at_head_and_foot_of_every_page_with_the_stance() throws IOException {
        Pdf p = pdf(cleared, "cleared");
        assertThat(p.pages()).isBetween(1, 2);
        assertThat(p.text()).contains(RESTRICTED_QUOTE, "Terminate NATO Mission Iraq by September 2026", "Out by September 2026",
                "Drawdown to a residual advisory presence by 2027", "Continue as is", "Kurdistan", "[S17]");
        for (String page : p.pageTexts()) {
            String[] lines = page.strip().split("\\R");
            assertThat(lines[0].strip()).as("first line of a page").isEqualTo("NATO RESTRICTED");
            assertThat(page).as("a page's text").containsPattern("(?s)NATO RESTRICTED.*NATO RESTRICTED");
            assertThat(page).doesNotContain("NATO SECRET", "NATO CONFIDENTIAL");
        }
        for (BufferedImage image : p.images()) assertThat(inkShare(image)).as("share of dark pixels on a rendered page").isGreaterThan(0.01);
        // The marking banner is printed white on dark red at the head of the page: the top rows of the rendered page carry it.
        BufferedImage first = p.images().getFirst();
        assertThat(inkShare(first.getSubimage(0, 0, first.getWidth(), first.getHeight() / 12))).isGreaterThan(0.05);
    }

    @Test
    void a_delegation_not_cleared_for_it_gets_a_brief_without_the_stance_and_marked_lower() throws IOException {
        Pdf p = pdf(uncleared, "uncleared");
        assertThat(p.pages()).isBetween(1, 2);
        assertThat(p.text()).doesNotContain(RESTRICTED_QUOTE, "Italian official", "NATO RESTRICTED");
        assertThat(p.text()).contains("Out by September 2026", "Kurdistan");
        for (String page : p.pageTexts()) assertThat(page.strip().split("\\R")[0].strip()).isEqualTo("PUBLIC");
        for (BufferedImage image : p.images()) assertThat(inkShare(image)).isGreaterThan(0.01);
        // The rendered page differs from the cleared reader's: the marking and the stance are not there.
        Pdf seen = pdf(cleared, "cleared-again");
        assertThat(imagesDiffer(seen.images().getFirst(), p.images().getFirst())).isTrue();
    }

    static boolean imagesDiffer(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return true;
        for (int y = 0; y < a.getHeight(); y++) for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) return true;
        return false;
    }

    @Test
    void every_font_of_the_brief_is_embedded_and_comes_from_the_dejavu_files_bundled_in_the_jar() throws IOException {
        Pdf p = pdf(cleared, "fonts");
        assertThat(p.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
        assertThat(p.embedded()).containsOnly(true);
        assertThat(getClass().getResource("/fonts/DejaVuSans.ttf")).isNotNull();
        assertThat(getClass().getResource("/fonts/DejaVu-LICENSE.txt")).isNotNull();
    }

    @Test
    void the_brief_as_data_says_the_same_marking_and_leaves_out_what_the_reader_may_not_see() {
        JsonNode high = cleared.get("/api/v1/items/" + NMI + "/brief").json();
        JsonNode low = uncleared.get("/api/v1/items/" + NMI + "/brief").json();
        assertThat(high.path("classification").asText()).isEqualTo("NATO RESTRICTED");
        assertThat(high.path("stances").toString()).contains(RESTRICTED_QUOTE);
        assertThat(low.path("classification").asText()).isEqualTo("PUBLIC");
        assertThat(low.toString()).doesNotContain(RESTRICTED_QUOTE, "NATO RESTRICTED");
        assertThat(high.path("options").path("options").size()).isEqualTo(3);
        assertThat(high.path("risks").toString()).contains("Kurdistan");
        assertThat(high.path("board").size()).isEqualTo(32);
    }

    @Test
    void the_brief_lists_the_review_history_of_the_missions_the_item_touches_as_the_reader_may_see_it() {
        Http chair = Http.withToken(server.port(), Fixtures.token(concord, "chair-reviews", Role.CHAIR, null, "NATO SECRET"));
        // KFOR, not NMI: the other tests hold the NMI brief at NATO RESTRICTED
        var held = chair.post("/api/v1/missions/kfor/reviews", """
                {"kind":"AD_HOC","dueOn":"2026-03-10","heldOn":"2026-03-12","recommendation":"ADJUST","summary":"Hold at a residual presence",
                 "classification":"NATO CONFIDENTIAL"}""");
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        JsonNode high = cleared.get("/api/v1/items/kfor-reduction-2026/brief").json();
        assertThat(high.path("reviews").toString()).contains("kfor", "held 2026-03-12", "adjust", "Hold at a residual presence");
        assertThat(high.path("classification").asText()).isEqualTo("NATO CONFIDENTIAL");
        JsonNode low = uncleared.get("/api/v1/items/kfor-reduction-2026/brief").json();
        assertThat(low.path("reviews").toString()).doesNotContain("Hold at a residual presence");
        assertThat(low.path("classification").asText()).isEqualTo("PUBLIC");
    }

    @Test
    void the_print_page_carries_the_marking_at_head_and_foot_and_a_hidden_item_answers_as_a_missing_one() {
        var page = anonymous.get("/items/" + NMI + "/brief");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<header class=\"marking top\" id=\"marking-top\">PUBLIC</header>",
                "<footer class=\"marking bottom\" id=\"marking-bottom\">PUBLIC</footer>").doesNotContain(RESTRICTED_QUOTE);
        var missing = anonymous.get("/items/no-such-item/brief");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(uncleared.getBytes("/api/v1/items/no-such-item/brief.pdf").status()).isEqualTo(404);
    }
}

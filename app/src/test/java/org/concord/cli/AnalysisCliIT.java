package org.concord.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.cli.CliIT.db;
import static org.concord.cli.CliIT.run;

/**
 * Options, risks and the decision brief from the command line (issue 14, sections 3-5): output, exit codes (2 for a
 * value an option does not take, 1 for a missing record), one-line errors.
 */
class AnalysisCliIT {

    @Test
    void items_options_show_prints_the_three_nmi_options_side_by_side_and_add_puts_one_on_the_items_issue() {
        String db = db();
        CliIT.Run show = run("items", "options", "show", "nmi-termination-2026", "--db", db);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("out-by-september-2026", "drawdown-2027", "continue", "P(passes)", "P(status quo stays)",
                "closest to the proposer that every ally is forecast to accept:");
        CliIT.Run json = run("items", "options", "show", "nmi-termination-2026", "--format", "json", "--db", db);
        assertThat(json.out()).contains("\"issue\" : \"nmi-end\"", "\"probability\"");
        CliIT.Run add = run("items", "options", "add", "kfor-reduction-2026", "--key", "halve-2027", "--label", "Halve KFOR", "--point", "50", "--db", db);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("option halve-2027 added to kfor-reduction-2026 at 50", "kfor-size");
        CliIT.Run bad = run("items", "options", "add", "kfor-reduction-2026", "--key", "Bad Key", "--label", "x", "--point", "120", "--db", db);
        assertThat(bad.code()).as("a value the option does not take is a usage error").isEqualTo(2);
        assertThat(bad.err()).contains("--key", "--point").doesNotContain("Exception");
        assertThat(bad.err().strip().lines()).hasSize(1);
    }

    @Test
    void risks_add_and_list_name_options_by_their_flags() {
        String db = db();
        assertThat(run("risks", "list", "--item", "kfor-reduction-2026", "--db", db).out()).contains("Western Balkans");
        CliIT.Run add = run("risks", "add", "--mission", "kfor", "--what", "Riots in Mitrovica", "--where", "northern Kosovo",
                "--assessed-by", "the desk", "--grade", "C3", "--likelihood", "UNLIKELY", "--impact", "MODERATE", "--assessed-on", "2026-03-01", "--db", db);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(run("risks", "list", "--mission", "kfor", "--format", "csv", "--db", db).out()).contains("Riots in Mitrovica");
        CliIT.Run bad = run("risks", "add", "--mission", "kfor", "--what", "W", "--where", "X", "--assessed-by", "Y", "--grade", "Z9",
                "--likelihood", "MAYBE", "--impact", "MODERATE", "--assessed-on", "2026-03-01", "--db", db);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--grade", "--likelihood");
    }

    @Test
    void items_brief_writes_a_pdf_marked_with_what_it_shows_and_refuses_another_file_type(@TempDir Path dir) throws Exception {
        String db = db();
        Path pdf = dir.resolve("nmi.pdf");
        CliIT.Run r = run("items", "brief", "nmi-termination-2026", "--out", pdf.toString(), "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("marked PUBLIC");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 2);
            assertThat(new PDFTextStripper().getText(doc)).startsWith("PUBLIC").contains("Terminate NATO Mission Iraq by September 2026");
        }
        Path html = dir.resolve("nmi.html");
        assertThat(run("items", "brief", "nmi-termination-2026", "--out", html.toString(), "--db", db).code()).isZero();
        assertThat(Files.readString(html)).contains("id=\"marking-top\">PUBLIC<");
        CliIT.Run txt = run("items", "brief", "nmi-termination-2026", "--out", dir.resolve("x.txt").toString(), "--db", db);
        assertThat(txt.code()).isEqualTo(2);
        assertThat(txt.err()).contains("--out").contains(".pdf or .html");
        CliIT.Run missing = run("items", "brief", "no-such-item", "--out", pdf.toString(), "--db", db);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip().lines()).hasSize(1);
    }
}

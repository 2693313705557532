package org.concord.cli;

import org.concord.brief.Brief;
import org.concord.shared.InvalidInput;
import org.concord.web.pages.BriefDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write an item's decision brief as PDF (or its print page as HTML), marked with the highest marking of what it shows.")
final class BriefCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The item id.") String id;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it: FILE.pdf for PDF, FILE.html for the print page.") Path out;

    @Override public Integer call() throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".html"))
            throw new InvalidInput("--out", "'" + out + "' must end in .pdf or .html");
        Brief b;
        try (var c = db.open(true)) {
            b = c.briefs().brief(DbOptions.operator(), ItemsCommand.itemId(id));
        }
        byte[] bytes = name.endsWith(".pdf") ? BriefDocument.pdf(b) : BriefDocument.html(b).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new InvalidInput("--out", "the folder " + parent + " does not exist");
        Files.write(out, bytes);
        spec.commandLine().getOut().printf("brief of %s written to %s (%,d bytes), marked %s%n", b.item(), out, bytes.length, b.classification());
        return 0;
    }
}

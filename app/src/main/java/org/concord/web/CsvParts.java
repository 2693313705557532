package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import org.concord.shared.InvalidInput;
import org.concord.shared.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The named text parts of a {@code multipart/form-data} request, each sent as a file ({@code curl -F cases=@cases.csv})
 * or as a plain field ({@code curl -F "cases=<cases.csv"}). Every part named must be there once; any other part is
 * refused by name, as an undeclared query parameter is.
 */
final class CsvParts {
    /** The whole multipart request, as any request body: at most this many bytes ({@code 413} beyond). */
    static final long MAX_BYTES = Server.MAX_REQUEST_BYTES;

    /** @param filename the file name the client gave the part, if it was sent as a file */
    record Part(Optional<String> filename, String text) { }

    private CsvParts() {}

    /**
     * @param names the parts the route takes, all required, each with what it is (for the refusal when it is missing)
     * @return each part by name, its text read as UTF-8
     * @throws InvalidInput naming every missing, repeated or unknown part, or {@code body} if it is not multipart
     * @throws HttpResponseException 413 if the body is larger than {@link #MAX_BYTES}
     */
    static Map<String, Part> read(Context ctx, Map<String, String> names) throws IOException {
        if (ctx.contentLength() > MAX_BYTES) throw tooLarge();
        Map<String, List<UploadedFile>> files;
        Map<String, List<String>> fields;
        try {
            files = ctx.uploadedFileMap();
            fields = ctx.formParamMap();
        } catch (RuntimeException e) {
            // a body without a Content-Length is held to the same limit by the multipart configuration (Server)
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("size")) throw tooLarge();
            throw new InvalidInput("body", "is not readable as multipart/form-data: " + e.getMessage());
        }
        List<Violation> bad = new ArrayList<>();
        TreeSet<String> sent = new TreeSet<>(files.keySet());
        sent.addAll(fields.keySet());
        for (String name : sent)
            if (!names.containsKey(name)) bad.add(new Violation(name, "unknown part; this request takes " + String.join(", ", names.keySet())));
        Map<String, Part> parts = new LinkedHashMap<>();
        for (String name : names.keySet()) {
            int count = files.getOrDefault(name, List.of()).size() + fields.getOrDefault(name, List.of()).size();
            if (count == 0) bad.add(new Violation(name, "is a required part: " + names.get(name)));
            else if (count > 1) bad.add(new Violation(name, "is given more than once"));
            else if (files.containsKey(name)) {
                UploadedFile f = files.get(name).getFirst();
                try (InputStream in = f.content()) {
                    parts.put(name, new Part(Optional.ofNullable(f.filename()).filter(n -> !n.isBlank()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } else {
                parts.put(name, new Part(Optional.empty(), fields.get(name).getFirst()));
            }
        }
        if (!bad.isEmpty()) throw new InvalidInput(bad);
        return parts;
    }

    private static HttpResponseException tooLarge() { return new HttpResponseException(413, "Content Too Large"); }
}

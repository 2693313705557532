package org.concord.forecast.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the public BDM example inputs kept in {@code shared/reference/forecasting/bdm/} (see the README there for
 * their sources). Every file lists name, capability, position and salience in that order, under differing headers.
 */
final class BdmReferenceCases {

    /** How a file states salience. */
    enum Salience {
        /** Already a fraction in [0, 1]. */
        FRACTION(1),
        /** A 0-100 score, divided by 100. */
        PERCENT(100);

        private final double divisor;

        Salience(double divisor) {
            this.divisor = divisor;
        }
    }

    private static final List<Path> CANDIDATES = List.of(
            Path.of("../../shared/reference/forecasting/bdm"),
            Path.of("../shared/reference/forecasting/bdm"));

    private BdmReferenceCases() {
    }

    /** @return the reference directory, resolved from the working directory (Maven runs tests in {@code app/}) */
    static Path directory() {
        for (Path candidate : CANDIDATES) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("BDM reference data not found: looked for " + CANDIDATES
                + " relative to the working directory " + Path.of("").toAbsolutePath()
                + "; run the tests from the app module or the repository root of a worktree under /work");
    }

    /** @return the actors of {@code file}, in file order, salience converted to a fraction */
    static List<BdmActor> actors(String file, Salience salience) {
        Path path = directory().resolve(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(path); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() != 4 || !header.get(2).toLowerCase(Locale.ROOT).equals("position")) {
                throw new IllegalStateException(path + ": expected name,capability,position,salience, got " + header);
            }
            List<BdmActor> actors = new ArrayList<>();
            for (CSVRecord row : parser) {
                actors.add(new BdmActor(row.get(0), Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)),
                        Double.parseDouble(row.get(3)) / salience.divisor));
            }
            return actors;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** @return the numbers after "Median position:" in {@code file}, in order */
    static List<Double> medianLines(String file) {
        Path path = directory().resolve(file);
        try {
            List<Double> medians = new ArrayList<>();
            for (String line : Files.readAllLines(path)) {
                if (line.startsWith("Median position:")) {
                    medians.add(Double.parseDouble(line.substring("Median position:".length()).trim()));
                }
            }
            return medians;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}

package org.concord.forecast.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.forecast.model.OutcomeModel;
import org.concord.forecast.model.ResidualCalibration;

/**
 * The residuals forecasts are calibrated with, as a CSV file: {@code model,issue,rule,point,spread,outcome}, one row
 * per forecast model and past case with a reference point (see {@link PredictiveValidation#headlineResiduals}), after
 * {@code #} comment lines that say where the cases come from. {@code concord forecast calibrate FILE} writes it; Concord
 * ships the one made from the DEU III development half.
 */
public final class CalibrationFile {
    static final List<String> HEADER = List.of("model", "issue", "rule", "point", "spread", "outcome");

    private CalibrationFile() {}

    /**
     * @param cases  the past cases
     * @param models the forecast models
     * @param source one line saying what the cases are, written as the first comment and returned by each calibration's
     *               {@link ResidualCalibration#source()}
     */
    public static String write(List<ValidationCase> cases, List<OutcomeModel> models, String source) {
        if (source.contains("\n")) throw new IllegalArgumentException("source must be one line");
        Map<String, List<PredictiveValidation.HeadlineResidual>> res = new PredictiveValidation(models, 100, 1).headlineResiduals(cases);
        StringBuilder b = new StringBuilder("# ").append(source).append('\n');
        b.append("# Residuals of each forecast model's headline (its point, moved into the win-set when the model ignores the rule),\n");
        b.append("# on the issues with a reference point; spread = capability x salience weighted sd of positions.\n");
        b.append(String.join(",", HEADER)).append('\n');
        res.forEach((model, list) -> {
            for (PredictiveValidation.HeadlineResidual h : list) {
                ResidualCalibration.Residual r = h.residual();
                b.append(String.format(Locale.ROOT, "%s,%s,%s,%.6f,%.6f,%s%n", model, h.issue(), r.rule(), r.point(), r.spread(), num(r.outcome())));
            }
        });
        return b.toString();
    }

    private static String num(double x) { return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x); }

    /**
     * Reads a calibration file.
     *
     * @return one calibration per model named in the file, its source the first comment line
     * @throws IllegalArgumentException naming the line if the file is malformed
     */
    public static Map<String, ResidualCalibration> read(Reader in) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, List<ResidualCalibration.Residual>> byModel = new LinkedHashMap<>();
        String source = null;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (source == null) source = r.hasComment() ? r.getComment().lines().findFirst().orElse("").strip() : "";
                long line = parser.getCurrentLineNumber();
                if (header) {
                    if (!r.toList().equals(HEADER)) throw new IllegalArgumentException("line " + line + ": header must be " + String.join(",", HEADER));
                    header = false;
                    continue;
                }
                if (r.size() != HEADER.size()) throw new IllegalArgumentException("line " + line + ": expected " + HEADER.size() + " fields");
                try {
                    byModel.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new ResidualCalibration.Residual(r.get(2),
                            Double.parseDouble(r.get(3)), Double.parseDouble(r.get(4)), Double.parseDouble(r.get(5))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("the first line must be a comment naming the source");
        String src = source;
        Map<String, ResidualCalibration> out = new LinkedHashMap<>();
        byModel.forEach((m, list) -> out.put(m, ResidualCalibration.fit(list, src)));
        return out;
    }
}

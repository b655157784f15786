package io.edgesite.tui.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Printable;
import io.edgesite.validators.fleet.FleetFinding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints findings, errors first: as {@code FILE:LINE:COLUMN: path: severity: message [rule]} lines (the file
 * part when known), or with {@code --format json} as an array of
 * {@code {file, path, line, column, severity, rule, message}}. Control characters are escaped in every field.
 * Findings about an inventory name their site and host after the place: {@code FILE:LINE:COLUMN: site/host: path:
 * ...}, and {@code site}, {@code host} in JSON.
 */
final class Findings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How findings are printed: {@code --format text|json}. */
    enum Format {
        text,
        json
    }

    private Findings() {
    }

    static void print(List<Finding> findings, PrintWriter err) {
        print(findings, f -> null, Format.text, err);
    }

    /** {@code fileOf} names the file a finding is about (null when it is about no file). */
    static void print(List<Finding> findings, Function<Finding, String> fileOf, Format format, PrintWriter out) {
        printAll(findings.stream().map(f -> new FleetFinding("", "", f)).toList(), f -> fileOf.apply(f.finding()), format, out);
    }

    /** Findings about an inventory's sites and hosts, all placed in the one inventory {@code file}. */
    static void printFleet(List<FleetFinding> findings, String file, Format format, PrintWriter out) {
        printAll(findings, f -> file, format, out);
    }

    private static void printAll(List<FleetFinding> findings, Function<FleetFinding, String> fileOf, Format format,
            PrintWriter out) {
        List<FleetFinding> ordered = new ArrayList<>(findings.stream().filter(FleetFinding::isError).toList());
        ordered.addAll(findings.stream().filter(f -> !f.isError()).toList());
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (FleetFinding ff : ordered) {
                Finding f = ff.finding();
                Map<String, Object> row = new LinkedHashMap<>();
                String file = fileOf.apply(ff);
                if (file != null) {
                    row.put("file", Printable.escaped(file));
                }
                if (!ff.site().isEmpty()) {
                    row.put("site", Printable.escaped(ff.site()));
                }
                if (!ff.host().isEmpty()) {
                    row.put("host", Printable.escaped(ff.host()));
                }
                row.put("path", Printable.escaped(f.path()));
                row.put("line", f.line());
                row.put("column", f.column());
                row.put("severity", f.severity().word());
                row.put("rule", f.rule());
                row.put("message", Printable.escaped(f.message()));
                rows.add(row);
            }
            try {
                out.println(JSON.writeValueAsString(rows));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            for (FleetFinding f : ordered) {
                out.println(line(f.finding(), fileOf.apply(f), f.subject()));
            }
        }
        out.flush();
    }

    static String line(Finding f, String file) {
        return line(f, file, "");
    }

    private static String line(Finding f, String file, String subject) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(Printable.escaped(file));
            if (f.located()) {
                b.append(':').append(f.line()).append(':').append(f.column());
            }
            b.append(": ");
        }
        if (!subject.isEmpty()) {
            b.append(Printable.escaped(subject)).append(": ");
        }
        b.append(Printable.escaped(f.path())).append(": ").append(f.severity().word()).append(": ")
                .append(Printable.escaped(f.message())).append(" [").append(f.rule()).append(']');
        return b.toString();
    }
}

package io.edgesite.tui.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edgesite.validators.Finding;
import io.edgesite.validators.Printable;
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
        List<Finding> ordered = new ArrayList<>(findings.stream().filter(Finding::isError).toList());
        ordered.addAll(findings.stream().filter(f -> !f.isError()).toList());
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Finding f : ordered) {
                Map<String, Object> row = new LinkedHashMap<>();
                String file = fileOf.apply(f);
                if (file != null) {
                    row.put("file", Printable.escaped(file));
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
            for (Finding f : ordered) {
                out.println(line(f, fileOf.apply(f)));
            }
        }
        out.flush();
    }

    static String line(Finding f, String file) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(Printable.escaped(file));
            if (f.located()) {
                b.append(':').append(f.line()).append(':').append(f.column());
            }
            b.append(": ");
        }
        b.append(Printable.escaped(f.path())).append(": ").append(f.severity().word()).append(": ")
                .append(Printable.escaped(f.message())).append(" [").append(f.rule()).append(']');
        return b.toString();
    }
}

package io.edgesite.render;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
import io.edgesite.validators.fleet.FleetFinding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The CSV inventory, as a spreadsheet exports it: a header row naming the columns ({@code site}, {@code host},
 * {@code mac}, {@code profile.name}, ... and answers paths such as {@code network.nics[0].address}), then one row
 * per host. An empty cell gives nothing; a cell is written as the wizard's field of that value is.
 */
final class InventoryCsv {
    static final String SITE = "site";
    static final String HOST = "host";
    static final String MAC = "mac";
    static final List<String> PROFILE = List.of("profile.name", "profile.id", "profile.version", "profile.context");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private InventoryCsv() {
    }

    /** One column: its name, and the value it holds when it is an answers path. */
    private record Column(String name, int number, SiteProperty property) {
    }

    private record Row(int line, String[] cells) {
    }

    static Inventory read(String text) {
        List<Finding> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            while (it.hasNextValue()) {
                int line = (int) it.getParser().currentLocation().getLineNr(); // the row's first line, once it is begun
                rows.add(new Row(line, it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return failed(Finding.error(Inventory.RULES + ".csv", "(file)", "not CSV: " + reason).at(1, 0));
        }
        if (rows.isEmpty()) {
            return failed(Finding.error(Inventory.RULES + ".csv", "(file)", "no header row").at(1, 0));
        }
        List<Column> columns = header(rows.get(0), problems);
        if (columns.stream().noneMatch(c -> c.name().equals(SITE)) || columns.stream().noneMatch(c -> c.name().equals(HOST))) {
            problems.add(Finding.error(Inventory.RULES + ".csv.column", "(header)", "the columns " + SITE + " and " + HOST
                    + " name each row's site and host").at(rows.get(0).line(), 1));
            return failedAll(problems);
        }
        Map<String, List<Inventory.HostEntry>> hosts = new LinkedHashMap<>();
        Map<String, Inventory.Profile> profiles = new HashMap<>();
        Map<String, Integer> siteLines = new HashMap<>();
        Set<String> hostNames = new HashSet<>();
        Map<String, String> siteSpelling = new HashMap<>();
        if (rows.size() == 1) {
            problems.add(Finding.error(Inventory.RULES + ".hosts", "(file)", "list the hosts, one row each, below the"
                    + " header").at(rows.get(0).line(), 1));
        }
        for (Row row : rows.subList(1, rows.size())) {
            Map<String, String> cells = cells(row, columns, problems);
            if (cells == null) {
                continue;
            }
            String site = named(cells.get(SITE), SITE, row, columns, problems);
            String host = named(cells.get(HOST), HOST, row, columns, problems);
            if (site == null || host == null) {
                continue;
            }
            String spelled = siteSpelling.putIfAbsent(site.toLowerCase(Locale.ROOT), site);
            if (spelled != null && !spelled.equals(site)) {
                // one folder on a case-blind file system, two clusters here: a site name is one word in any case
                problems.add(Finding.error(Inventory.RULES + ".site.duplicate", SITE, "\"" + site + "\" and \"" + spelled
                        + "\" differ only in case; write the site's name the same on each of its rows")
                        .at(row.line(), column(columns, SITE)));
                continue;
            }
            if (!hostNames.add((site + "/" + host).toLowerCase(Locale.ROOT))) {
                problems.add(Finding.error(Inventory.RULES + ".host.duplicate", HOST, "another row has this site and host")
                        .at(row.line(), column(columns, HOST)));
                continue;
            }
            siteLines.putIfAbsent(site, row.line());
            profile(site, cells, row, columns, profiles, problems);
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Column c : columns) {
                String cell = cells.get(c.name());
                if (c.property() == null || cell.isEmpty()) {
                    continue;
                }
                List<Finding> wrong = new ArrayList<>();
                PropertyText.put(answers, c.name(), PropertyText.value(c.property(), c.name(), cell, true, wrong));
                wrong.forEach(f -> problems.add(f.at(row.line(), c.number())));
            }
            InventoryEntries.defaults(answers, host);
            List<Finding> wrongMacs = new ArrayList<>();
            List<String> macs = InventoryEntries.macs(PropertyText.list(cells.getOrDefault(MAC, "")), MAC, false, wrongMacs);
            wrongMacs.forEach(f -> problems.add(f.at(row.line(), column(columns, MAC))));
            hosts.computeIfAbsent(site, k -> new ArrayList<>()).add(new Inventory.HostEntry(site, host, macs, answers,
                    locator(row, columns)));
        }
        List<Inventory.SiteEntry> sites = new ArrayList<>();
        hosts.forEach((site, list) -> {
            int line = siteLines.get(site);
            int col = column(columns, SITE);
            sites.add(new Inventory.SiteEntry(site, profiles.get(site), list, f -> f.located() ? f : f.at(line, col)));
        });
        return new Inventory(sites, problems.stream().map(f -> new FleetFinding("", "", f)).toList());
    }

    private static List<Column> header(Row row, List<Finding> problems) {
        List<Column> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < row.cells().length; i++) {
            String name = row.cells()[i].strip();
            int number = i + 1;
            if (!seen.add(name)) {
                problems.add(Finding.error(Inventory.RULES + ".csv.column", name, "a second column of this name")
                        .at(row.line(), number));
                continue;
            }
            if (name.equals(SITE) || name.equals(HOST) || name.equals(MAC) || PROFILE.contains(name)) {
                out.add(new Column(name, number, null));
                continue;
            }
            Optional<SiteProperty> p = property(name);
            if (p.isEmpty()) {
                problems.add(Finding.error(Inventory.RULES + ".csv.column", name.isEmpty() ? "(header)" : name,
                        "not a column of an inventory: site, host, mac, profile.name, profile.id, profile.version,"
                                + " profile.context, or an answers path such as network.nics[0].address (see"
                                + " docs/inventory.md)").at(row.line(), number));
                continue;
            }
            out.add(new Column(name, number, p.get()));
        }
        return out;
    }

    /** The value an answers path with its list indices names, when it names one exactly. */
    private static Optional<SiteProperty> property(String path) {
        if (!path.matches("[A-Za-z.]+(\\[\\d{1,2}][A-Za-z.]+)?")) {
            return Optional.empty();
        }
        String pattern = path.replaceAll("\\[\\d+]", "[]");
        return SiteProperties.all().stream().filter(p -> p.path().equals(pattern)).findFirst();
    }

    private static Map<String, String> cells(Row row, List<Column> columns, List<Finding> problems) {
        int width = columns.stream().mapToInt(Column::number).max().orElse(0);
        if (row.cells().length > width && java.util.Arrays.stream(row.cells(), width, row.cells().length)
                .anyMatch(c -> !c.isBlank())) {
            problems.add(Finding.error(Inventory.RULES + ".csv.row", "(row)", "more cells than the header has columns")
                    .at(row.line(), width + 1));
            return null;
        }
        Map<String, String> out = new HashMap<>();
        for (Column c : columns) {
            String cell = c.number() <= row.cells().length ? row.cells()[c.number() - 1] : "";
            out.put(c.name(), c.property() != null && c.property().kind() == SiteProperty.Kind.SECRET ? cell : cell.strip());
        }
        return out;
    }

    private static String named(String name, String column, Row row, List<Column> columns, List<Finding> problems) {
        String problem = InventoryEntries.nameProblem(name, false);
        if (problem != null) {
            problems.add(Finding.error(Inventory.RULES + ".name", column, problem).at(row.line(), column(columns, column)));
            return null;
        }
        return name;
    }

    private static void profile(String site, Map<String, String> cells, Row row, List<Column> columns,
            Map<String, Inventory.Profile> profiles, List<Finding> problems) {
        Inventory.Profile p = new Inventory.Profile(cells.getOrDefault(PROFILE.get(0), ""), cells.getOrDefault(PROFILE.get(1), ""),
                cells.getOrDefault(PROFILE.get(2), ""), cells.getOrDefault(PROFILE.get(3), ""));
        if (!p.given() && p.version().isEmpty() && p.context().isEmpty()) {
            return;
        }
        int at = column(columns, PROFILE.get(p.id().isEmpty() ? 0 : 1));
        Inventory.Profile before = profiles.putIfAbsent(site, p);
        if (before == null) {
            List<Finding> wrong = new ArrayList<>();
            InventoryEntries.checkProfile(p, "profile", wrong);
            wrong.forEach(f -> problems.add(f.at(row.line(), at)));
        } else if (!before.equals(p)) {
            problems.add(Finding.error(Inventory.RULES + ".profile", "profile", "the site's rows name different cluster"
                    + " profiles; give it once, or the same on every row").at(row.line(), at));
        }
    }

    private static int column(List<Column> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).mapToInt(Column::number).findFirst().orElse(0);
    }

    /** A finding about an answers path, placed on the row's cell of that path, or on its host cell. */
    private static UnaryOperator<Finding> locator(Row row, List<Column> columns) {
        int hostColumn = column(columns, HOST);
        return f -> {
            if (f.located()) {
                return f;
            }
            int c = column(columns, f.path());
            return f.at(row.line(), c == 0 ? hostColumn : c);
        };
    }

    private static Inventory failed(Finding f) {
        return new Inventory(List.of(), List.of(new FleetFinding("", "", f)));
    }

    private static Inventory failedAll(List<Finding> problems) {
        return new Inventory(List.of(), problems.stream().map(f -> new FleetFinding("", "", f)).toList());
    }
}

package org.xiaoneng.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.platform.DomainException;

/**
 * The calendar's CSV format, shared by the notice files shipped in {@code calendar/notices/} and by admins' imports:
 * UTF-8, one special day per line as {@code date,kind,name} ({@code 2025-10-01,HOLIDAY,国庆节、中秋节}); an optional
 * header line {@code date,kind,name}; blank lines and lines starting with {@code #} are skipped. Dates are ISO
 * ({@code yyyy-MM-dd}); kinds are the {@link DayKind} names. Every line is checked, and every problem is reported
 * with its line number, so that a file is taken whole or not at all.
 */
public final class CalendarCsv {

    static final String HEADER = "date,kind,name";

    /** A valid line. */
    public record Row(int line, LocalDate date, DayKind kind, String name) {
    }

    /** What is wrong with a line (line 0: with the file as a whole), as a message key and its arguments. */
    public record Problem(int line, String key, List<Object> arguments) {
    }

    /** The valid rows, and the problems; a file with problems must not be applied at all. */
    public record Parsed(List<Row> rows, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CalendarCsv() {
    }

    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
        boolean headerAllowed = true;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (headerAllowed && content.replace(" ", "").equalsIgnoreCase(HEADER)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            String[] columns = content.split(",", 3);
            if (columns.length < 3) {
                problems.add(problem(line, "calendar.csv.columns"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(columns[0].strip());
            } catch (DateTimeParseException e) {
                problems.add(problem(line, "calendar.csv.date", columns[0].strip()));
                continue;
            }
            DayKind kind;
            try {
                kind = DayKind.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(line, "calendar.csv.kind", columns[1].strip()));
                continue;
            }
            String name = columns[2].strip();
            try {
                CalendarDay.check(date, kind, name);
            } catch (DomainException e) {
                problems.add(new Problem(line, e.messageKey(), List.of(e.arguments())));
                continue;
            }
            Integer earlier = seen.putIfAbsent(date, line);
            if (earlier != null) {
                problems.add(problem(line, "calendar.csv.duplicate", date.toString(), String.valueOf(earlier)));
                continue;
            }
            rows.add(new Row(line, date, kind, name));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(problem(0, "calendar.csv.empty"));
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    private static Problem problem(int line, String key, Object... arguments) {
        return new Problem(line, key, List.of(arguments));
    }
}

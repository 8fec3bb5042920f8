package org.xiaoneng.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration {@code V202611281301}: loads the State Council holiday notices 2005–2026 from
 * {@code calendar/notices/<year>.csv} (format: {@link CalendarCsv}; each file cites its notice). Spring Boot hands
 * Java migration beans to Flyway. Its checksum is that of the files, so that editing a released file fails Flyway's
 * validation like editing a released SQL script would: corrections of shipped data go through a new migration or the
 * console, never through the file.
 */
@Component
class NoticeDataMigration implements JavaMigration {

    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2026;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202611281301");
    }

    @Override
    public String getDescription() {
        return "calendar notices 2005-2026";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            // line endings normalised: a checkout with CRLF must not look like an edited release
            crc.update(read(year).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<CalendarCsv.Row> rows = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            rows.addAll(rows(year));
        }
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?)")) {
            for (CalendarCsv.Row row : rows) {
                insert.setObject(1, row.date());
                insert.setString(2, row.kind().name());
                insert.setString(3, row.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The valid rows of a year's notice file; a broken file stops the migration with every problem named. */
    static List<CalendarCsv.Row> rows(int year) {
        CalendarCsv.Parsed parsed = CalendarCsv.parse(read(year));
        if (!parsed.valid()) {
            throw new IllegalStateException("calendar/notices/" + year + ".csv: " + parsed.problems());
        }
        return parsed.rows();
    }

    static String read(int year) {
        try (InputStream in = new ClassPathResource("calendar/notices/" + year + ".csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("calendar/notices/" + year + ".csv cannot be read", e);
        }
    }
}

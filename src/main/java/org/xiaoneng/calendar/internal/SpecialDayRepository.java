package org.xiaoneng.calendar.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;

@Repository
class SpecialDayRepository {

    /** The advisory lock key of calendar changes (any constant no other module uses). */
    private static final long CHANGE_LOCK = 202611281300L;

    private final JdbcClient jdbc;

    SpecialDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SpecialDay> all() {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day ORDER BY day")
                .query((rs, row) -> new SpecialDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    List<EditableDay> year(int year) {
        return jdbc.sql("""
                SELECT day, kind, name, version FROM calendar_day
                 WHERE day BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31) ORDER BY day""")
                .param("year", year)
                .query((rs, row) -> new EditableDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getInt("version")))
                .list();
    }

    Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("SELECT day, kind, name, version FROM calendar_day WHERE day = :day")
                .param("day", day)
                .query(SpecialDayRepository::map)
                .optional();
    }

    /** The entries of these dates, by date (locked, so that an import sees no concurrent edit of them). */
    Map<LocalDate, CalendarDay> findForUpdate(Collection<LocalDate> days) {
        Map<LocalDate, CalendarDay> found = new LinkedHashMap<>();
        jdbc.sql("SELECT day, kind, name, version FROM calendar_day WHERE day = ANY(CAST(:days AS date[])) FOR UPDATE")
                .param("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .query(SpecialDayRepository::map)
                .list()
                .forEach(day -> found.put(day.date(), day));
        return found;
    }

    void insert(CalendarDay day) {
        jdbc.sql("INSERT INTO calendar_day (day, kind, name) VALUES (:day, :kind, :name)")
                .param("day", day.date()).param("kind", day.kind().name()).param("name", day.name())
                .update();
    }

    void update(CalendarDay day) {
        int rows = jdbc.sql("""
                UPDATE calendar_day SET kind = :kind, name = :name, version = version + 1
                 WHERE day = :day AND version = :version""")
                .param("day", day.date()).param("kind", day.kind().name()).param("name", day.name())
                .param("version", day.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("calendar day " + day.date() + " changed meanwhile");
        }
    }

    void delete(LocalDate day, int version) {
        int rows = jdbc.sql("DELETE FROM calendar_day WHERE day = :day AND version = :version")
                .param("day", day).param("version", version)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("calendar day " + day + " changed meanwhile");
        }
    }

    /** Records the dates whose working status a change turned over; answers the new revision. */
    /**
     * Serialises calendar changes across transactions and nodes until this transaction ends: revisions are then
     * numbered in commit order, so "changed since revision R" never misses a change committed later with a lower R.
     */
    void lockForChange() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHANGE_LOCK).query(Object.class).single();
    }

    long recordCorrection(SortedSet<LocalDate> changedDates, String account, Instant occurredAt) {
        return jdbc.sql("""
                INSERT INTO calendar_correction (changed_dates, account, occurred_at)
                VALUES (CAST(:dates AS date[]), :account, :at) RETURNING revision""")
                .param("dates", changedDates.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("account", account)
                .param("at", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** Every correction: revision → the dates it changed. */
    Map<Long, SortedSet<LocalDate>> corrections() {
        Map<Long, SortedSet<LocalDate>> corrections = new LinkedHashMap<>();
        jdbc.sql("SELECT revision, changed_dates FROM calendar_correction ORDER BY revision")
                .query((rs, row) -> corrections.put(rs.getLong("revision"), dates(rs.getArray("changed_dates"))))
                .list();
        return corrections;
    }

    private static SortedSet<LocalDate> dates(Array array) throws SQLException {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (Object value : (Object[]) array.getArray()) {
            dates.add(((java.sql.Date) value).toLocalDate());
        }
        return dates;
    }

    private static CalendarDay map(java.sql.ResultSet rs, int row) throws SQLException {
        return CalendarDay.existing(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getInt("version"));
    }
}

package org.xiaoneng.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.SpecialDay;

/**
 * Deadlines ("the N-th working day after D") over the shipped notices 2005–2026, one thread: the precomputed
 * {@link CalendarIndex} against the plain way, walking day by day and asking a HashSet of special days. Both answer
 * the same 1,024 random questions (start days across 2005–2026, 1 to 60 working days) per invocation; a check at
 * set-up makes sure they agree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarBenchmark {

    static final int QUESTIONS = 1024;

    private final LocalDate[] starts = new LocalDate[QUESTIONS];
    private final int[] workingDays = new int[QUESTIONS];
    private CalendarIndex index;
    private DayByDay loop;

    @Setup
    public void setUp() {
        List<SpecialDay> days = new ArrayList<>();
        for (int year = NoticeDataMigration.FIRST_YEAR; year <= NoticeDataMigration.LAST_YEAR; year++) {
            NoticeDataMigration.rows(year).forEach(row -> days.add(new SpecialDay(row.date(), row.kind(), row.name())));
        }
        index = CalendarIndex.of(days);
        loop = new DayByDay(days);
        Random random = new Random(20251001);
        LocalDate first = LocalDate.of(2005, 1, 1);
        int span = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < QUESTIONS; i++) {
            starts[i] = first.plusDays(random.nextInt(span + 1));
            workingDays[i] = 1 + random.nextInt(60);
            if (!index.plusWorkingDays(starts[i], workingDays[i]).equals(loop.plusWorkingDays(starts[i], workingDays[i]))) {
                throw new IllegalStateException("index and loop disagree on " + starts[i] + " + " + workingDays[i]);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUESTIONS)
    public void index(Blackhole answers) {
        for (int i = 0; i < QUESTIONS; i++) {
            answers.consume(index.plusWorkingDays(starts[i], workingDays[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUESTIONS)
    public void loop(Blackhole answers) {
        for (int i = 0; i < QUESTIONS; i++) {
            answers.consume(loop.plusWorkingDays(starts[i], workingDays[i]));
        }
    }

    /** The plain way: walk day after day, asking whether each is a holiday or a worked weekend. */
    static final class DayByDay {

        private final Set<LocalDate> daysOff = new HashSet<>();
        private final Set<LocalDate> workedWeekends = new HashSet<>();

        DayByDay(List<SpecialDay> days) {
            for (SpecialDay day : days) {
                (day.kind() == DayKind.ADJUSTED_WORKING_DAY ? workedWeekends : daysOff).add(day.date());
            }
        }

        LocalDate plusWorkingDays(LocalDate start, int n) {
            LocalDate date = start;
            int counted = 0;
            while (counted < n) {
                date = date.plusDays(1);
                if (working(date)) {
                    counted++;
                }
            }
            return date;
        }

        private boolean working(LocalDate date) {
            if (workedWeekends.contains(date)) {
                return true;
            }
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.contains(date);
        }
    }
}

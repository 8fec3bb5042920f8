package org.xiaoneng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a measured window, from /proc (Linux): the application's JVM, its PostgreSQL
 * (the postmaster, its live backends and what exited ones left in its children's times), this load client, and
 * everything else — other work on a shared machine shows up there and must be read into the figures.
 */
final class Cpu {

    record Snapshot(long nanos, long machineBusy, long app, long postgres, long client, long commits,
            long walSyncs) {
    }

    private static long appPid;
    private static long postgresPid;
    private static java.sql.Connection stats;

    private Cpu() {
    }

    static void watch(long app, long postgres, String jdbcUrl) throws java.sql.SQLException {
        appPid = app;
        postgresPid = postgres;
        stats = Bench.connect(jdbcUrl);
    }

    static synchronized Snapshot snapshot() {
        long commits = -1;
        long walSyncs = -1;
        try {
            // what the backends reported so far (they report at most once a second): about right over 30 s
            Bench.exec(stats, "SELECT pg_stat_clear_snapshot()");
            commits = Bench.count(stats, "SELECT sum(xact_commit) FROM pg_stat_database");
            walSyncs = Bench.count(stats, "SELECT wal_sync FROM pg_stat_wal");
        } catch (java.sql.SQLException e) {
            // an older server without pg_stat_wal: left out
        }
        return new Snapshot(System.nanoTime(), machineBusy(), appPid > 0 ? times(appPid, false) : 0,
                postgresPid > 0 ? postgres() : 0, times(ProcessHandle.current().pid(), false), commits, walSyncs);
    }

    /** Database commits and WAL flushes (fsyncs) per unit of work in the window. */
    static String perUnit(Snapshot a, Snapshot b, long units) {
        if (a.commits() < 0 || b.commits() < 0 || units == 0) {
            return "commits per unit: not available";
        }
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        return "PostgreSQL: about %.1f commits and %.1f WAL flushes per unit (%.0f commits/s, %.0f flushes/s)"
                .formatted((b.commits() - a.commits()) / (double) units, (b.walSyncs() - a.walSyncs()) / (double) units,
                        (b.commits() - a.commits()) / seconds, (b.walSyncs() - a.walSyncs()) / seconds);
    }

    static String between(Snapshot a, Snapshot b) {
        if (a.machineBusy() < 0 || b.machineBusy() < 0) {
            return "CPU use: /proc not readable";
        }
        double ticks = 100.0 * (b.nanos() - a.nanos()) / 1e9; // USER_HZ is 100 on Linux
        double busy = (b.machineBusy() - a.machineBusy()) / ticks;
        double app = (b.app() - a.app()) / ticks;
        double pg = (b.postgres() - a.postgres()) / ticks;
        double client = (b.client() - a.client()) / ticks;
        double others = Math.max(0, busy - app - pg - client);
        return "CPU in cores (of %d): machine %.2f = application %.2f + PostgreSQL %.2f + this client %.2f + other processes %.2f"
                .formatted(Runtime.getRuntime().availableProcessors(), busy, app, pg, client, others);
    }

    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long postgres() {
        long sum = times(postgresPid, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> pids = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
            for (Path p : pids) {
                String[] f = stat(Long.parseLong(p.getFileName().toString()));
                if (f != null && Long.parseLong(f[1]) == postgresPid) {
                    sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a process that ended while listed: its time went to the postmaster's children's times
        }
        return sum;
    }

    /** utime + stime (+ cutime + cstime) of a process, in ticks; 0 when it is gone. */
    private static long times(long pid, boolean withChildren) {
        String[] f = stat(pid);
        if (f == null) {
            return 0;
        }
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

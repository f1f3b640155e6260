package dev.safqa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size from /proc (Linux), and the live heap after a full collection. */
public final class Memory {
    private Memory() {
    }

    /** VmRSS of this process in MB, or -1 where /proc is not there. */
    public static double rssMb() {
        return status(Path.of("/proc/self/status"), "VmRSS:");
    }

    /** VmHWM (the peak RSS so far) of this process in MB, or -1. */
    public static double peakRssMb() {
        return status(Path.of("/proc/self/status"), "VmHWM:");
    }

    /** VmRSS of another process in MB, or -1 once it has gone. */
    public static double rssMb(long pid) {
        return status(Path.of("/proc/" + pid + "/status"), "VmRSS:");
    }

    static double status(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Used heap in MB after asking for a full collection until it settles: what the objects still
     * referenced take. Best effort (System.gc is a request), good to a few MB.
     */
    public static double heapAfterGcMb() {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < 256 * 1024) {
                return used / 1024.0 / 1024.0;
            }
            last = used;
        }
        return last / 1024.0 / 1024.0;
    }
}

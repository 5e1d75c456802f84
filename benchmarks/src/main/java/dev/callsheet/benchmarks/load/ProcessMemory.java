package dev.callsheet.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Resident memory of another process on Linux, from {@code /proc/<pid>/status}: {@code VmRSS} now
 * and {@code VmHWM}, its peak so far. Empty where there is no such file (another OS, a gone process).
 */
final class ProcessMemory {

    private final OptionalLong pid;

    ProcessMemory(OptionalLong pid) {
        this.pid = pid;
    }

    String describe() {
        OptionalLong rss = kilobytes("VmRSS:");
        OptionalLong peak = kilobytes("VmHWM:");
        if (rss.isEmpty()) {
            return "n/a";
        }
        return String.format("%d MB (peak so far %d MB)", rss.getAsLong() / 1024, peak.orElse(0) / 1024);
    }

    private OptionalLong kilobytes(String field) {
        if (pid.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(
                            line.substring(field.length()).replace("kB", "").trim()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

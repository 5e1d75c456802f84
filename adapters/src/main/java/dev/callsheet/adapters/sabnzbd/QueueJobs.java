package dev.callsheet.adapters.sabnzbd;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;
import java.util.ArrayList;
import java.util.List;

/** Queue slots as jobs: sizes from {@code mb}/{@code mbleft}, ETA from {@code timeleft}. */
final class QueueJobs {

    private static final double MEBIBYTE = 1024.0 * 1024.0;

    private QueueJobs() {}

    static List<ClientJob> of(QueueAnswer.Queue queue) {
        // SABnzbd reports one overall rate, no per-job rate; it downloads in queue order, so the first
        // downloading job is the one taking it.
        long rate = Math.round(number(queue.kbpersec()) * 1024);
        List<ClientJob> jobs = new ArrayList<>();
        for (QueueAnswer.Slot slot : queue.slots()) {
            JobState state = SabnzbdStates.ofQueue(slot.status());
            boolean takesRate = state == JobState.DOWNLOADING && jobs.stream().noneMatch(QueueJobs::downloading);
            jobs.add(job(slot, state, takesRate ? rate : 0));
        }
        return List.copyOf(jobs);
    }

    private static ClientJob job(QueueAnswer.Slot slot, JobState state, long speed) {
        double mb = number(slot.mb());
        double left = number(slot.mbleft());
        double progress = mb > 0 ? (mb - left) / mb : number(slot.percentage()) / 100;
        return new ClientJob(
                slot.nzoId(),
                slot.filename(),
                state,
                Math.clamp(progress, 0.0, 1.0),
                mb > 0 ? Math.round(mb * MEBIBYTE) : null,
                state == JobState.DOWNLOADING ? seconds(slot.timeleft()) : null,
                speed,
                slot.status(),
                state == JobState.FAILED ? slot.status() : null);
    }

    private static boolean downloading(ClientJob job) {
        return job.state() == JobState.DOWNLOADING;
    }

    private static double number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    // "H:MM:SS", with a leading day count ("D:HH:MM:SS") for long waits; null when absent.
    static Long seconds(String timeleft) {
        if (timeleft == null || timeleft.isBlank()) {
            return null;
        }
        String[] parts = timeleft.strip().split(":");
        long[] unit = {1, 60, 3600, 86400};
        if (parts.length > unit.length) {
            throw new IllegalArgumentException("not a time left: " + timeleft);
        }
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            try {
                total += Long.parseLong(parts[parts.length - 1 - i]) * unit[i];
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a time left: " + timeleft, e);
            }
        }
        return total;
    }
}

package dev.callsheet.adapters.sabnzbd;

import dev.callsheet.events.download.JobState;
import java.util.Locale;

/**
 * The one reading of SABnzbd's status words, for queue slots and history slots. SABnzbd 3.0 to 4.5
 * use the same words ({@code sabnzbd/constants.py}, {@code class Status}); they are read in any case,
 * and a word not listed here reads as {@link JobState#UNKNOWN}, the word itself kept by the caller.
 */
public final class SabnzbdStates {

    private SabnzbdStates() {}

    /** A queue slot's {@code status}. */
    public static JobState ofQueue(String status) {
        return switch (word(status)) {
            // Waiting for its turn.
            case "queued" -> JobState.QUEUED;
            // Paused by a person, by its priority, or because the whole queue is paused.
            case "paused" -> JobState.PAUSED;
            // Articles are being fetched.
            case "downloading" -> JobState.DOWNLOADING;
            // Held back until the post is old enough to have reached every server (propagation delay).
            case "propagating" -> JobState.QUEUED;
            // Fetching: extra par2 blocks are being downloaded; Grabbing: the NZB itself is being
            // fetched from its URL. Either way the job is waiting on more data before it goes on.
            case "fetching", "grabbing" -> JobState.QUEUED;
            // Pre-check: asking the servers whether the articles exist before downloading them.
            case "checking" -> JobState.QUEUED;
            // The queue's overall word when nothing runs; kept for slots that report it.
            case "idle" -> JobState.QUEUED;
            // Removed from the queue while the answer was made: it will not finish.
            case "deleted" -> JobState.FAILED;
            default -> JobState.UNKNOWN;
        };
    }

    /** A history slot's {@code status}. */
    public static JobState ofHistory(String status) {
        return switch (word(status)) {
            // Downloaded and post-processed; the files are in their final folder.
            case "completed" -> JobState.COMPLETED;
            // Download or post-processing failed; fail_message says why.
            case "failed" -> JobState.FAILED;
            // Downloaded, waiting for its turn in post-processing.
            case "queued" -> JobState.PROCESSING;
            // Post-processing stages: quick check, par2 verify and repair, unpack, move, user script.
            case "quickcheck", "verifying", "repairing", "extracting", "moving", "running" -> JobState.PROCESSING;
            // Repair needs more par2 blocks, which are being downloaded.
            case "fetching" -> JobState.PROCESSING;
            default -> JobState.UNKNOWN;
        };
    }

    // SABnzbd writes its words capitalised ("Completed"); a proxy or a script may not.
    private static String word(String status) {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }
}

package dev.callsheet.adapters.sabnzbd;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.events.download.JobState;

/** History slots as jobs: a failed one carries SABnzbd's {@code fail_message} as its reason. */
final class HistoryJobs {

    private HistoryJobs() {}

    static ClientJob of(HistoryAnswer.Slot slot) {
        JobState state = SabnzbdStates.ofHistory(slot.status());
        long bytes = slot.bytes() == null ? 0 : slot.bytes();
        long downloaded = slot.downloaded() == null ? 0 : slot.downloaded();
        double progress =
                state == JobState.FAILED && bytes > 0 ? Math.clamp(downloaded / (double) bytes, 0.0, 1.0) : 1.0;
        return new ClientJob(
                slot.nzoId(),
                slot.name(),
                state,
                progress,
                bytes > 0 ? bytes : null,
                null,
                0,
                slot.status(),
                state == JobState.FAILED ? failure(slot) : null);
    }

    private static String failure(HistoryAnswer.Slot slot) {
        String message = slot.failMessage();
        return message == null || message.isBlank() ? slot.status() : message;
    }
}

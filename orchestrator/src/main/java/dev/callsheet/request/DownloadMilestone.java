package dev.callsheet.request;

import java.util.Optional;

/**
 * The moments of a download worth a timeline entry. Every client report updates the views; only
 * these are written down, so that a timeline stays readable however often a client reports.
 */
enum DownloadMilestone {
    STARTED,
    QUARTER,
    HALF,
    THREE_QUARTERS,
    STALLED,
    RECOVERED,
    COMPLETED,
    FAILED,
    REMOVED;

    private static final DownloadMilestone[] QUARTERS = {null, QUARTER, HALF, THREE_QUARTERS};

    /**
     * The milestone a download reached between two statuses. Failing, completing and stalling win
     * over progress; a removal counts only before the job completed or failed, since the *arr apps
     * remove finished and failed jobs themselves.
     *
     * @param before null before the client's first report on the job
     */
    static Optional<DownloadMilestone> between(DownloadStatus before, DownloadStatus after) {
        if (before == null) {
            return Optional.of(first(after));
        }
        if (after.removed() && !before.removed()) {
            boolean early = !before.completed() && before.health() != DownloadHealth.FAILED;
            return early ? Optional.of(REMOVED) : Optional.empty();
        }
        if (after.health() == DownloadHealth.FAILED && before.health() != DownloadHealth.FAILED) {
            return Optional.of(FAILED);
        }
        if (after.completed() && !before.completed()) {
            return Optional.of(COMPLETED);
        }
        if (after.health() == DownloadHealth.STALLED && before.health() != DownloadHealth.STALLED) {
            return Optional.of(STALLED);
        }
        if (after.health() == DownloadHealth.OK && before.health() != DownloadHealth.OK) {
            return Optional.of(RECOVERED);
        }
        int reached = quarter(after.progress());
        return reached > quarter(before.progress()) ? Optional.of(QUARTERS[reached]) : Optional.empty();
    }

    private static DownloadMilestone first(DownloadStatus status) {
        if (status.removed()) {
            return REMOVED;
        }
        if (status.health() == DownloadHealth.FAILED) {
            return FAILED;
        }
        if (status.completed()) {
            return COMPLETED;
        }
        return status.health() == DownloadHealth.STALLED ? STALLED : STARTED;
    }

    /** 0 below 25 %, 3 from 75 % on: 100 % is completion, not a quarter. */
    private static int quarter(Double percent) {
        return percent == null ? 0 : (int) Math.min(3, Math.floor(percent / 25));
    }
}

package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.events.download.JobState;

/**
 * The one reading of qBittorrent's torrent {@code state} strings (4.x names, and the 5.x renames of the
 * paused states) as {@link JobState}s.
 */
public final class QbittorrentStates {

    private QbittorrentStates() {}

    /** Our state for qBittorrent's {@code state}; a word we do not know reads as QUEUED. */
    public static JobState of(String state) {
        return switch (state == null ? "unknown" : state) {
            // qBittorrent stopped the torrent on a disk or libtorrent error; it will not go on by itself.
            case "error" -> JobState.FAILED;
            // The data vanished from the save path; nothing moves until someone restores or re-adds it.
            case "missingFiles" -> JobState.FAILED;
            // Every wanted piece is there and peers are taking them: finished, now seeding.
            case "uploading" -> JobState.COMPLETED;
            // Finished, then stopped by a person or a share limit; the data stays complete (4.x name).
            case "pausedUP" -> JobState.COMPLETED;
            // 5.x's new name for pausedUP.
            case "stoppedUP" -> JobState.COMPLETED;
            // Finished and waiting for a seeding slot in the queue.
            case "queuedUP" -> JobState.COMPLETED;
            // Finished and seeding, but no peer wants anything: still complete.
            case "stalledUP" -> JobState.COMPLETED;
            // Re-checking finished data: complete only once the check has confirmed it.
            case "checkingUP" -> JobState.PROCESSING;
            // Finished and seeding regardless of the queue.
            case "forcedUP" -> JobState.COMPLETED;
            // Reserving disk space before the first byte arrives (older versions only).
            case "allocating" -> JobState.QUEUED;
            // Receiving data.
            case "downloading" -> JobState.DOWNLOADING;
            // A magnet link still fetching the torrent's metadata: no file data is moving yet.
            case "metaDL" -> JobState.QUEUED;
            // The same, started regardless of the queue.
            case "forcedMetaDL" -> JobState.QUEUED;
            // Stopped by a person before finishing (4.x name).
            case "pausedDL" -> JobState.PAUSED;
            // 5.x's new name for pausedDL.
            case "stoppedDL" -> JobState.PAUSED;
            // Waiting for a download slot in the queue.
            case "queuedDL" -> JobState.QUEUED;
            // Wants data but no peer sends any: the stall the pipeline reports.
            case "stalledDL" -> JobState.STALLED;
            // Hashing what is on disk before downloading the rest.
            case "checkingDL" -> JobState.PROCESSING;
            // Downloading regardless of the queue.
            case "forcedDL" -> JobState.DOWNLOADING;
            // Reloading its saved state after a restart: not known yet whether anything is missing.
            case "checkingResumeData" -> JobState.PROCESSING;
            // Moving the files to another save path; they are not where they will end up yet.
            case "moving" -> JobState.PROCESSING;
            // qBittorrent's own word when it cannot tell: neither done nor failed, so nothing is announced.
            case "unknown" -> JobState.QUEUED;
            // A word a newer version adds reads like "unknown" until it is mapped here; the caller keeps it.
            default -> JobState.QUEUED;
        };
    }

    /** Why a FAILED state failed, in words for the timeline; null for every other state. */
    public static String failure(String state) {
        return switch (state == null ? "" : state) {
            case "error" -> "qBittorrent stopped the torrent on an error";
            case "missingFiles" -> "qBittorrent cannot find the torrent's files";
            default -> null;
        };
    }
}

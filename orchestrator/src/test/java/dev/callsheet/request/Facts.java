package dev.callsheet.request;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.UnrecognisedEvent;
import java.util.List;

/** The facts of the specs: one movie, Dune: Part Two, as the reference payloads describe it. */
final class Facts {

    static final MediaKey DUNE = MediaKey.movie(693134, false);
    static final MediaInfo AS_OVERSEERR_SAYS = new MediaInfo(MediaType.MOVIE, null, null, 693134L, null, null, false);
    static final MediaInfo AS_RADARR_SAYS =
            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false);
    static final Requester ALICE = new Requester("alice", "alice@example.org");
    static final String GRABBED_TITLE = "Dune.Part.Two.2024.2160p.MA.WEB-DL.DDP5.1.Atmos.DV.HDR.H.265-FLUX";
    static final String INFO_HASH = "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345";
    static final String FILE = "/data/media/movies/Dune Part Two (2024)/Dune Part Two (2024) [WEBDL-2160p].mkv";
    static final String UPGRADED_FILE =
            "/data/media/movies/Dune Part Two (2024)/Dune Part Two (2024) [Remux-2160p].mkv";

    private Facts() {}

    static RequestId request(long id) {
        return RequestId.overseerr(id);
    }

    static RequestSubmitted submitted(long id) {
        return submitted(id, ALICE);
    }

    static RequestSubmitted submitted(long id, Requester requester) {
        return new RequestSubmitted(request(id), requester, AS_OVERSEERR_SAYS, List.of(), "MEDIA_PENDING");
    }

    static RequestAutoApproved autoApproved(long id) {
        return new RequestAutoApproved(request(id), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_AUTO_APPROVED");
    }

    static RequestApproved approved(long id) {
        return new RequestApproved(request(id), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_APPROVED");
    }

    static RequestDeclined declined(long id) {
        return new RequestDeclined(request(id), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_DECLINED");
    }

    static RequestFailed failed(long id) {
        return new RequestFailed(request(id), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_FAILED");
    }

    static RequestAvailable reportedAvailable(long id) {
        return new RequestAvailable(request(id), ALICE, AS_OVERSEERR_SAYS, List.of(), "MEDIA_AVAILABLE");
    }

    static MovieAdded movieAdded() {
        return new MovieAdded(AS_RADARR_SAYS, "manual", 412, "MovieAdded");
    }

    static ReleaseGrabbed grabbed() {
        return new ReleaseGrabbed(
                AS_RADARR_SAYS,
                new Release(GRABBED_TITLE, "TorrentLeech (Prowlarr)", 27262976000L, "WEBDL-2160p", "FLUX"),
                new DownloadRef(DownloadId.of(INFO_HASH), "qBittorrent", "qBittorrent"),
                null,
                "Grab");
    }

    /** The client's report on the grabbed job. */
    static DownloadReported reported(ClientChange change, JobState state, Double progress, String reason) {
        return reported(INFO_HASH, change, state, progress, reason);
    }

    static DownloadReported reported(
            String downloadId, ClientChange change, JobState state, Double progress, String reason) {
        var report = new ClientReport(
                DownloadId.of(downloadId),
                change,
                state,
                GRABBED_TITLE,
                "radarr",
                progress,
                27262976000L,
                progress == null ? null : 600L,
                progress == null ? null : 12_000_000L,
                state == null ? null : state.id(),
                reason,
                ReportedBy.WATCHER);
        return new DownloadReported(
                new MediaInfo(MediaType.MOVIE, null, null, null, null, null, false), report, report.eventType());
    }

    static DownloadReported progressed(double progress) {
        return reported(ClientChange.PROGRESS, JobState.DOWNLOADING, progress, null);
    }

    static DownloadReported clientFailed(String reason) {
        return reported(ClientChange.FAILED, JobState.FAILED, null, reason);
    }

    static ReleaseGrabbed grabbedUpgrade() {
        return new ReleaseGrabbed(
                AS_RADARR_SAYS,
                new Release(
                        "Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX",
                        "NZBgeek (Prowlarr)",
                        72460000000L,
                        "Remux-2160p",
                        "FraMeSToR"),
                new DownloadRef(DownloadId.of("SABnzbd_nzo_k2v8q1x3"), "SABnzbd", "SABnzbd"),
                null,
                "Grab");
    }

    static MovieImported imported() {
        return new MovieImported(
                AS_RADARR_SAYS,
                new ImportedFile(FILE, "WEBDL-2160p", 27261234567L),
                false,
                new Release(GRABBED_TITLE, "TorrentLeech (Prowlarr)", 27262976000L, null, "FLUX"),
                new DownloadRef(DownloadId.of(INFO_HASH), "qBittorrent", "qBittorrent"),
                "Download");
    }

    static MovieImported upgraded() {
        return new MovieImported(
                AS_RADARR_SAYS,
                new ImportedFile(UPGRADED_FILE, "Remux-2160p", 72458123776L),
                true,
                null,
                new DownloadRef(DownloadId.of("SABnzbd_nzo_k2v8q1x3"), "SABnzbd", "SABnzbd"),
                "Download");
    }

    static LibraryItemAdded addedToPlex() {
        return new LibraryItemAdded(AS_RADARR_SAYS, "Basement", "Movies", "5012", "library.new");
    }

    static ManualInteractionRequired manualInteraction(String message) {
        return new ManualInteractionRequired(
                AS_RADARR_SAYS,
                new DownloadRef(DownloadId.of(INFO_HASH), "qBittorrent", "qBittorrent"),
                "Warning",
                List.of(message),
                List.of(),
                "ManualInteractionRequired");
    }

    static MovieFileDeleted fileDeleted(String reason) {
        return new MovieFileDeleted(AS_RADARR_SAYS, FILE, reason, "MovieFileDelete");
    }

    static MovieRenamed renamed() {
        return new MovieRenamed(AS_RADARR_SAYS, 1, "Rename");
    }

    static MovieDeleted movieDeleted(boolean filesDeleted) {
        return new MovieDeleted(AS_RADARR_SAYS, filesDeleted, "MovieDelete");
    }

    static IssueActivity issueReported() {
        return new IssueActivity(
                IssueChange.REPORTED, "7", "AUDIO", "No sound after 1h", "bob", AS_OVERSEERR_SAYS, "ISSUE_CREATED");
    }

    static UnrecognisedEvent unrecognised() {
        return new UnrecognisedEvent(AS_RADARR_SAYS, "MovieTagged");
    }
}

package dev.callsheet.request;

import dev.callsheet.events.media.EpisodeRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One episode of a series item, shared by every request whose scope holds it. Its state moves
 * only as {@link EpisodeTransitionTable} allows; what the facts say about it (title, air date, the
 * download and file serving it) is kept up to date whatever the state.
 *
 * @param title null while unknown (Sonarr says {@code TBA} until it knows)
 * @param airDate the first air date in the series' own calendar; null while unknown
 * @param monitored whether Sonarr looks for it; an episode first heard of by a grab or import is
 *     taken as monitored, since Sonarr fetched it
 * @param episodeTvdbId the episode's own TVDB id, which Plex shares; null while unknown
 * @param downloadId the download client job that fetched its latest release; null before a grab
 * @param release the title of that release; null when unknown
 * @param file the path of its file in the library; null before an import and after a deletion
 * @param sonarrEpisodeId Sonarr's id of the episode, what its episode search takes; null until a
 *     fact from Sonarr named it
 */
public record Episode(
        EpisodeState state,
        String title,
        LocalDate airDate,
        boolean monitored,
        Long episodeTvdbId,
        String downloadId,
        String release,
        String file,
        Integer sonarrEpisodeId) {

    public Episode {
        Objects.requireNonNull(state, "state");
    }

    /** An episode first heard of in {@code state}. */
    static Episode first(EpisodeState state, EpisodeRef ref) {
        return new Episode(state, null, null, true, null, null, null, null, null).informedBy(ref);
    }

    /** Fills in what {@code ref} says: titles and air dates change while a season airs, so the latest known wins. */
    Episode informedBy(EpisodeRef ref) {
        String knownTitle = ref.title() == null || "TBA".equalsIgnoreCase(ref.title()) ? title : ref.title();
        return new Episode(
                state,
                knownTitle,
                ref.airDate() != null ? ref.airDate() : airDate,
                monitored,
                episodeTvdbId != null ? episodeTvdbId : known(ref.episodeTvdbId()),
                downloadId,
                release,
                file,
                ref.sonarrEpisodeId() != null ? ref.sonarrEpisodeId() : sonarrEpisodeId);
    }

    /** This episode in {@code next}, if the table allows the move; otherwise unchanged. */
    Episode movedTo(EpisodeState next) {
        return EpisodeTransitionTable.allows(Optional.of(state), next) ? withState(next) : this;
    }

    boolean aired(LocalDate today) {
        return airDate != null && !airDate.isAfter(today);
    }

    Episode withState(EpisodeState next) {
        return new Episode(next, title, airDate, monitored, episodeTvdbId, downloadId, release, file, sonarrEpisodeId);
    }

    Episode withMonitored(boolean next) {
        return new Episode(state, title, airDate, next, episodeTvdbId, downloadId, release, file, sonarrEpisodeId);
    }

    Episode withDownload(String nextId, String nextRelease) {
        return new Episode(state, title, airDate, monitored, episodeTvdbId, nextId, nextRelease, file, sonarrEpisodeId);
    }

    Episode withFile(String next) {
        return new Episode(state, title, airDate, monitored, episodeTvdbId, downloadId, release, next, sonarrEpisodeId);
    }

    /** Sonarr sends 0 for an unknown episode TVDB id. */
    private static Long known(Long tvdbId) {
        return tvdbId == null || tvdbId <= 0 ? null : tvdbId;
    }
}

package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a series item keeps beyond a movie's: its episodes, shared by all its requests, each
 * request's scope, and its episode listing. Empty for a movie.
 *
 * @param episodes every episode any fact or Sonarr's list named, ascending
 * @param scopes each series request's scope, by request id
 * @param downloads the downloads the episodes' latest grabs went to, by download id; no others
 */
public record Series(
        SortedMap<EpisodeKey, Episode> episodes,
        Map<RequestId, SeriesScope> scopes,
        EpisodeListing listing,
        Map<String, DownloadView> downloads) {

    static final Series NONE = new Series(null, null, null, null);

    public Series {
        episodes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(episodes, Map.of())));
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(scopes, Map.of())));
        listing = Objects.requireNonNullElse(listing, EpisodeListing.NONE);
        downloads = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(downloads, Map.of())));
    }

    /** The download an episode's latest grab went to; null before a grab or when it is not known. */
    DownloadView downloadOf(Episode episode) {
        return episode.downloadId() == null ? null : downloads.get(episode.downloadId());
    }

    Optional<SeriesScope> scope(RequestId id) {
        return Optional.ofNullable(scopes.get(id));
    }

    Series withEpisodes(Map<EpisodeKey, Episode> next) {
        return new Series(new TreeMap<>(next), scopes, listing, downloads);
    }

    Series withScopes(Map<RequestId, SeriesScope> next) {
        return new Series(episodes, next, listing, downloads);
    }

    Series withListing(EpisodeListing next) {
        return new Series(episodes, scopes, next, downloads);
    }

    /** With {@code download} kept, and only the downloads some episode's latest grab went to. */
    Series withDownload(DownloadView download) {
        Map<String, DownloadView> next = new TreeMap<>(downloads);
        if (download.id() != null) {
            next.put(download.id(), download);
        }
        Set<String> referenced = new HashSet<>();
        episodes.values().forEach(episode -> referenced.add(episode.downloadId()));
        next.keySet().retainAll(referenced);
        return new Series(episodes, scopes, listing, next);
    }
}

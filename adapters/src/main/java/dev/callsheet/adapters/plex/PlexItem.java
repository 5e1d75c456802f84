package dev.callsheet.adapters.plex;

import java.util.List;

/**
 * A library item as Plex lists it, by file or by rating key. What says Plex has it and knows what it
 * is: one of {@link #files()} is the imported file (as Plex sees it; the one proof of "indexed"),
 * {@link #guid()} is {@linkplain PlexGuid#isMatched() matched}, and {@link #ids()} (or, for legacy
 * agents, {@link PlexGuid#legacyIds()}) names the title Radarr or Sonarr imported. A new episode may
 * stay unmatched while its show is matched: its show is judged by {@link #showGuid()} and the show's
 * own item.
 *
 * @param ratingKey Plex's id of the item ({@code "182"}); the key of every further call about it
 * @param title for an unmatched item the one Plex made of the file name ({@code Episode 5}); null
 *     when not sent
 * @param year null when not sent
 * @param guid the primary guid; null when not sent
 * @param ids the outside ids of {@code Guid[]}; a listing sends them only when asked with {@code
 *     includeGuids=1}, a current agent's newly added item has none until its metadata is loaded,
 *     legacy agents' items have none
 * @param showRatingKey an episode's show ({@code grandparentRatingKey}); null when not sent and for
 *     every item that is not an episode
 * @param seasonNumber an episode's season ({@code parentIndex}); null when not sent and for other items
 * @param episodeNumber an episode's number in its season ({@code index}); null when not sent and for
 *     other items
 * @param showGuid an episode's show's primary guid ({@code grandparentGuid}); null when not sent and
 *     for other items
 * @param files the files of every part of every media version ({@code Media[].Part[].file}), as
 *     Plex sees them; empty when Plex lists none
 */
public record PlexItem(
        String ratingKey,
        PlexItemType type,
        String title,
        Integer year,
        PlexGuid guid,
        PlexIds ids,
        String showRatingKey,
        Integer seasonNumber,
        Integer episodeNumber,
        PlexGuid showGuid,
        List<String> files) {

    public PlexItem {
        files = List.copyOf(files);
    }
}

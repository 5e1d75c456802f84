package dev.callsheet.adapters.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The part of a {@code Metadata} entry we read, the same object in every listing and in {@code
 * /library/metadata/{k}}. Only the rating key is required. Plex leaves out {@code Guid} without
 * {@code includeGuids=1} on listings, for legacy agents and before an item is matched, and {@code
 * Media}/{@code Part} arrays when they would be empty; the episode fields come only on episodes.
 */
record MetadataItem(
        @JsonProperty(required = true) String ratingKey,
        String type,
        String title,
        Integer year,
        String guid,
        String grandparentRatingKey,
        String grandparentGuid,
        Integer parentIndex,
        Integer index,
        @JsonProperty("Guid") List<GuidTag> guids,
        @JsonProperty("Media") List<Media> media) {

    /** One entry of {@code Guid[]}: {@code {"id": "tmdb://268"}}. */
    record GuidTag(String id) {}

    /** One media version of the item. */
    record Media(@JsonProperty("Part") List<Part> parts) {}

    /** One file of a media version. */
    record Part(String file) {}

    PlexItem toItem() {
        PlexItemType itemType = PlexItemType.ofWord(type);
        // The grandparent and the indexes mean other things on other items: a show's index is not an
        // episode number, a track's grandparent is an artist.
        boolean episode = itemType == PlexItemType.EPISODE;
        return new PlexItem(
                ratingKey,
                itemType,
                title,
                year,
                guidOf(guid),
                guids == null
                        ? PlexIds.NONE
                        : PlexIds.of(guids.stream()
                                .filter(Objects::nonNull)
                                .map(GuidTag::id)
                                .filter(Objects::nonNull)
                                .toList()),
                episode ? grandparentRatingKey : null,
                episode ? parentIndex : null,
                episode ? index : null,
                episode ? guidOf(grandparentGuid) : null,
                media == null
                        ? List.of()
                        : media.stream()
                                .filter(version -> version != null && version.parts() != null)
                                .flatMap(version -> version.parts().stream())
                                .filter(part -> part != null && part.file() != null)
                                .map(Part::file)
                                .toList());
    }

    private static PlexGuid guidOf(String guid) {
        return guid == null || guid.isBlank() ? null : new PlexGuid(guid);
    }
}

package dev.callsheet.adapters.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Plex's JSON envelope: every answer is one object under {@code MediaContainer}. Arrays in it are
 * left out, not sent empty, when there is nothing to list.
 */
record MediaContainer<C>(
        @JsonProperty(value = "MediaContainer", required = true)
        C content) {

    /** {@code content}, which an answer of {@code "MediaContainer": null} lacks. */
    C require() {
        if (content == null) {
            throw new IllegalArgumentException("the MediaContainer is null");
        }
        return content;
    }

    /** {@code GET /identity}. */
    record Identity(@JsonProperty(required = true) String machineIdentifier, String version) {

        PlexIdentity toIdentity() {
            return new PlexIdentity(machineIdentifier, version);
        }
    }

    /** {@code GET /library/sections}. */
    record Sections(@JsonProperty("Directory") List<SectionDirectory> directories) {

        List<PlexSection> toSections() {
            return directories == null
                    ? List.of()
                    : directories.stream().map(SectionDirectory::toSection).toList();
        }
    }

    /** Listings of items: {@code /library/sections/{k}/all}, {@code /library/metadata/{k}[/allLeaves]}. */
    record Items(@JsonProperty("Metadata") List<MetadataItem> metadata) {

        List<PlexItem> toItems() {
            return metadata == null
                    ? List.of()
                    : metadata.stream().map(MetadataItem::toItem).toList();
        }
    }
}

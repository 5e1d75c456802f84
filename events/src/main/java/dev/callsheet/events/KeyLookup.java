package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * How to find the media key of a fact whose webhook does not hold it. Both ways end at a series'
 * TVDB id; the fact is then keyed {@link #seriesKey(long)}. The JSON {@code type} names are part
 * of the topic contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = KeyLookup.ByEpisode.class, name = "ByEpisode"),
    @JsonSubTypes.Type(value = KeyLookup.ByRequest.class, name = "ByRequest"),
})
public sealed interface KeyLookup {

    /**
     * What to co-partition the fact with whatever resolves it: {@code episode:tvdb:10384103}, {@code
     * request:overseerr-128}. 4K is not part of it, since the answer is the same for both copies.
     */
    String value();

    /** Whether the fact is about the 4K copy, so its key gets {@code :4k}. */
    boolean fourK();

    /** The key of the fact once the series' TVDB id is known. */
    default MediaKey seriesKey(long seriesTvdbId) {
        return MediaKey.series(seriesTvdbId, fourK());
    }

    /**
     * By the episode's own TVDB id, which names the episode but not its series. Resolved through
     * an index from episode TVDB id to series TVDB id built from the episodes the *arr facts list.
     */
    record ByEpisode(long episodeTvdbId, boolean fourK) implements KeyLookup {

        public ByEpisode {
            if (episodeTvdbId <= 0) {
                throw new IllegalArgumentException("not a TVDB id: " + episodeTvdbId);
            }
        }

        @Override
        public String value() {
            return "episode:tvdb:" + episodeTvdbId;
        }
    }

    /** By asking the request manager which series the request is for. */
    record ByRequest(RequestId requestId, boolean fourK) implements KeyLookup {

        public ByRequest {
            Objects.requireNonNull(requestId, "requestId");
        }

        @Override
        public String value() {
            return "request:" + requestId.value();
        }
    }
}

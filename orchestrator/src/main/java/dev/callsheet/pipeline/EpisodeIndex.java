package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.NamedEpisodes;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;

/**
 * The entries a keyed series fact adds to the index from episode TVDB id to series: one per episode
 * it lists with its own TVDB id. The 4K suffix of the fact's key is left out, since the ids are the
 * same for both copies.
 */
final class EpisodeIndex {

    private EpisodeIndex() {}

    static List<KeyValue<String, LookupInput>> entries(Envelope envelope) {
        if (envelope.mediaKey().type() != MediaType.SERIES) {
            return List.of();
        }
        var entry = new LookupInput.Indexed(envelope.mediaKey().id());
        return NamedEpisodes.of(envelope.event()).stream()
                .map(EpisodeRef::episodeTvdbId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id -> KeyValue.<String, LookupInput>pair(new KeyLookup.ByEpisode(id, false).value(), entry))
                .toList();
    }
}

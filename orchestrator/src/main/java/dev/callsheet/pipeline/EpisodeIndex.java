package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.ResolvedEpisode;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.UnrecognisedEvent;
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
        return episodes(envelope.event()).stream()
                .map(EpisodeRef::episodeTvdbId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id -> KeyValue.<String, LookupInput>pair(new KeyLookup.ByEpisode(id, false).value(), entry))
                .toList();
    }

    // Every fact type is listed, so that a new one that lists episodes is indexed on purpose.
    private static List<EpisodeRef> episodes(MediaEvent event) {
        return switch (event) {
            case EpisodesGrabbed e -> e.episodes();
            case EpisodesImported e -> e.episodes();
            case DownloadImported e -> e.episodes();
            case ManualInteractionRequired e -> e.episodes();
            case EpisodeFileDeleted e -> e.episodes();
            case EpisodesResolved e ->
                e.episodes().stream().map(ResolvedEpisode::episode).toList();
            case EpisodeAvailable e -> List.of(e.episode());
            case RequestEvent e -> List.of();
            case IssueActivity e -> List.of();
            case MovieAdded e -> List.of();
            case ReleaseGrabbed e -> List.of();
            case MovieImported e -> List.of();
            case MovieFileDeleted e -> List.of();
            case MovieRenamed e -> List.of();
            case MovieDeleted e -> List.of();
            case LibraryItemAdded e -> List.of();
            case SeriesAdded e -> List.of();
            case SeriesRenamed e -> List.of();
            case SeriesDeleted e -> List.of();
            case UnrecognisedEvent e -> List.of();
            case CommandAttemptFailed e -> List.of();
        };
    }
}

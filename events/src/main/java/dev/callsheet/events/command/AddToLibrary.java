package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;

/**
 * Add the media of an approved request made in Callsheet to an arr, without a search: Callsheet
 * searches itself once the arr reports the media added. Carried out in a consumer group of its own.
 */
public sealed interface AddToLibrary extends Command permits AddMovieToRadarr, AddSeriesToSonarr {

    MediaKey mediaKey();

    /** The arr instance (its configured name). */
    String instance();

    /** The request the media is added for. */
    RequestId requestId();

    /** The quality profile's name or id; null for the instance's configured one. */
    String qualityProfile();

    /** The root folder's path or id; null for the instance's configured one. */
    String rootFolder();

    @Override
    default String key() {
        return mediaKey().value();
    }
}

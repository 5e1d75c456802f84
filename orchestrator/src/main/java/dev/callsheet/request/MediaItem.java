package dev.callsheet.request;

import dev.callsheet.events.MediaKey;

/** PLACEHOLDER until the decider lands: the state of one media item. */
public record MediaItem(MediaKey key) {

    public MediaView view() {
        return new MediaView(key);
    }
}

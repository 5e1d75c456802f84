package dev.callsheet.adapters.plex;

/**
 * One thing Plex's push channel told us, as {@link PlexNotifications} hands it on: a library item's
 * progress ({@link PlexTimelineEntry}), a server job's progress ({@link PlexActivity}), or that the
 * channel has just been opened ({@link Connected}). Plex sends many other kinds (playback, remote
 * access, the optimizer queue, settings); they say nothing about the library and are not passed on.
 */
public sealed interface PlexNotification permits PlexNotification.Connected, PlexTimelineEntry, PlexActivity {

    /**
     * The channel was opened, first or again after a drop. Plex does not replay what it sent while no
     * one listened, so whoever waits for an item must look it up again now rather than wait for news.
     */
    record Connected() implements PlexNotification {}
}

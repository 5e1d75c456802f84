package dev.callsheet.request;

/** The prose of {@code docs/state-machine.md} around the generated diagrams. */
final class StateDiagramText {

    static final String REQUESTS = """
            # Request states

            <!-- Generated from TransitionTable and EpisodeTransitionTable by StateDiagram: do not edit. StateDiagramTest says how to regenerate. -->

            Every request inside a media item moves through these states on its own. The decider works out
            where a fact would take a request and moves it only if the move is listed here; anything else
            (a late or repeated webhook, a fact that would go backwards) is recorded on the request's
            timeline as "no change" and the state stays. Declined and cancelled requests are over; a
            notified request still shows later upgrades on its timeline.

            In the triggers, "the arr" is Radarr (Sonarr for series). "In the library" depends on whether a
            Plex server is configured (`callsheet.instances.<name>` of kind `plex` with a URL and a token).
            With one, it means that a Plex server confirmed the imported file: indexed, and matched to the
            arr's ids (a movie to its TMDB or IMDb id, an episode's show to the series' TVDB id); Plex's
            `library.new` is then only a hint to look again, and a file Plex cannot confirm raises an
            attention instead. An upgrade is confirmed again, and the request stays available meanwhile.
            With no Plex server configured, it is the media server's `library.new`. The request manager's
            `MEDIA_AVAILABLE` counts either way. A request approved while the
            arr is already at work joins it where it stands, so approval can lead straight to downloading,
            imported or available. Failed means the request manager could not hand the request over; later
            progress from the arr, or a new approval, moves it on. A request made in Callsheet
            ([`POST /api/requests`](api.md#post-apirequests-admin-key)) has no request manager: a decision made
            in Callsheet, an admin's or an approval rule's, moves it to approved or declined at once, and Callsheet
            then adds its media to the arr itself.

            A series request follows the episodes in its scope, the aired episodes of its seasons (the
            specials, season 0, only when requested; when the request manager did not name the seasons,
            the aired episodes Sonarr monitors outside the specials; for a request made in Callsheet for
            `"future"` episodes, the episodes outside the specials that air after the day it was made, or
            have no air date yet, each once it airs or Sonarr grabs it, never one that aired before the
            request): it reaches a stage when all of them have. Until Sonarr has listed the series' episodes nobody
            knows which have aired, so it goes no further than searching. The one move back is a series
            request's: when episodes that aired after it became available join its scope, it goes back to
            where they stand ("new episodes joined the scope"). A movie never moves back.

            """;

    static final String DEADLINES = """

            ## Deadlines

            A request that stands at a stage too long needs a person's look. The decider checks at every
            tick of the clock (`callsheet.pipeline.tick-interval`, at most 30 s) whether a request has
            passed its stage's deadline (`callsheet.deadlines.*`); one that has gets an attention of the
            stage's kind and one timeline entry (`DeadlinePassed`, the state unchanged), saying since when
            it stands there, what Callsheet knows and what it does next. Later ticks leave it as it is. It
            clears when the request moves, with no entry of its own: the move says enough. Declined,
            cancelled, failed, available and notified requests have no deadline.

            | state | deadline (default) | counted from | attention |
            |---|---|---|---|
            | requested, no decision made in Callsheet | `decision` (48 h) | entering `requested` | `NOT_DECIDED` |
            | approved, searching | `grab` (24 h) | entering the state | `NOT_GRABBED` |
            | downloading | `import` (12 h) | entering `downloading` | `DOWNLOAD_STALLED` |
            | downloading, the download completed in its client | `import-after-download` (30 min) | the client's first report of completion | `IMPORT_PENDING` |
            | imported | `available` (15 min) | entering `imported` | `NOT_IN_LIBRARY`, unless Plex raised its own |

            Each state's clock starts when the request entered it, so `approved → searching` starts the
            grab deadline over. A decision made in Callsheet answers `NOT_DECIDED` until the request
            manager follows it; if that decision is given back, the request is waiting again, and past
            its deadline. A completed download's import deadline takes over from `DOWNLOAD_STALLED`.

            """;

    static final String EPISODES = """

            # Episode states

            Each episode of a series is tracked once, whichever requests' scopes hold it. It only moves
            forward; an upgrade of an imported or available episode changes its file, not its state, and is
            recorded on the timeline. A season pack is one grab of many episodes; a multi-episode file is one
            import of several. Episodes are first heard of from Sonarr's episode list or from any fact naming
            them, in whatever state that fact shows.

            """;

    private StateDiagramText() {}
}

package dev.callsheet.request;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
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
import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.Subscribed;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.request.Attention.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * When to ask Plex to show an imported file ({@link RescanPlexFolder}), and what Plex's answers do
 * to the item's waits, places and attention. Availability itself moves in {@code MediaRules}.
 *
 * <p>Each import asks every configured server once per file; the command's id is made from the
 * delivery id, the server and the file's path, so a replay emits the same ids. The item remembers
 * each file it waits for until the server confirms it; a wait nothing was heard of for {@link
 * #ASK_AGAIN_AFTER} is asked for again at a tick, until {@link #DEADLINE}. Plex's {@code
 * library.new} asks again at once: Plex has just added something, so look now.
 */
final class PlexRules {

    /**
     * The adapter keeps its confirmation jobs in memory, and a restart loses them silently. It looks
     * every 5 minutes at most once the first minutes passed, and tells of a scan or a find as it
     * happens; twice that long without a word means the job is likely gone, so it is asked for again
     * (looking only: the scan, if any, was asked for already). An adapter that still has the job
     * joins the ask to it.
     */
    static final Duration ASK_AGAIN_AFTER = Duration.ofMinutes(10);

    /**
     * The adapter's own deadline: after it, a job that never found the file reports it not in the
     * library itself, so asking again would only start the wait over.
     */
    static final Duration DEADLINE = Duration.ofMinutes(90);

    private PlexRules() {}

    /** The item after the fact, and the commands it asks of Plex. */
    record Asked(MediaItem item, List<Command> commands) {

        static Asked nothing(MediaItem item) {
            return new Asked(item, List.of());
        }
    }

    /** What a fact does to the item's Plex waits; Plex's own answers count even if no server is configured now. */
    static Asked after(MediaItem item, MediaEvent event, Delivery delivery, PlexServers plex, Instant now) {
        return switch (event) {
            case MovieImported e -> imported(item, PlexTargets.movie(item, e, now), delivery, plex, now);
            case EpisodesImported e -> imported(item, PlexTargets.episodes(item, e, now), delivery, plex, now);
            case DownloadImported e ->
                imported(item, PlexTargets.importComplete(item, e, plex, now), delivery, plex, now);
            case PlexScanRequested e -> Asked.nothing(heard(item, e.instance(), e.commandId(), now));
            case PlexItemFound e -> Asked.nothing(heard(item, e.instance(), e.commandId(), now));
            case PlexConfirmed e -> Asked.nothing(confirmed(item, e));
            case PlexNotConfirmed e -> Asked.nothing(notConfirmed(item, e, now));
            case LibraryItemAdded e -> nudged(item, wait -> true, delivery, plex, now);
            case EpisodeAvailable e ->
                nudged(
                        item,
                        wait -> PlexTargets.holds(wait.target(), e.episode().key()),
                        delivery,
                        plex,
                        now);
            case RequestSubmitted e -> Asked.nothing(item);
            case RequestAutoApproved e -> Asked.nothing(item);
            case RequestApproved e -> Asked.nothing(item);
            case RequestDeclined e -> Asked.nothing(item);
            case RequestFailed e -> Asked.nothing(item);
            case RequestAvailable e -> Asked.nothing(item);
            case IssueActivity e -> Asked.nothing(item);
            case MovieAdded e -> Asked.nothing(item);
            case ReleaseGrabbed e -> Asked.nothing(item);
            case ManualInteractionRequired e -> Asked.nothing(item);
            case MovieFileDeleted e -> Asked.nothing(item);
            case MovieRenamed e -> Asked.nothing(item);
            case MovieDeleted e -> Asked.nothing(item);
            case UnrecognisedEvent e -> Asked.nothing(item);
            case SeriesAdded e -> Asked.nothing(item);
            case EpisodesGrabbed e -> Asked.nothing(item);
            case EpisodeFileDeleted e -> Asked.nothing(item);
            case SeriesRenamed e -> Asked.nothing(item);
            case EpisodesResolved e -> Asked.nothing(item);
            case CommandAttemptFailed e -> Asked.nothing(item);
            case RequestDecided e -> Asked.nothing(item);
            case OverseerrDecisionSent e -> Asked.nothing(item);
            case AddedToLibrary e -> Asked.nothing(item);
            case NotificationAttempt e -> Asked.nothing(item);
            case Subscribed e -> Asked.nothing(item);
            case RequesterAddressed e -> Asked.nothing(item);
            case SearchStarted e -> Asked.nothing(item);
            case SearchChecked e -> Asked.nothing(item);
            case DownloadReported e -> Asked.nothing(item);
            case SeriesDeleted e -> Asked.nothing(item);
        };
    }

    /** The waits silent for {@link #ASK_AGAIN_AFTER}, asked for again (looking only) until {@link #DEADLINE}. */
    static Asked onTick(MediaItem item, Instant now, PlexServers plex) {
        List<Command> commands = new ArrayList<>();
        List<PlexWait> waits = item.plex().waits().stream()
                .map(wait -> {
                    boolean due = wait.pending()
                            && plex.has(wait.instance())
                            && now.isBefore(wait.since().plus(DEADLINE))
                            && !now.isBefore(wait.lastActivity().plus(ASK_AGAIN_AFTER));
                    if (!due) {
                        return wait;
                    }
                    commands.add(look(item, wait, wait.commandId() + ":again:" + now));
                    return wait.asked(now);
                })
                .toList();
        return commands.isEmpty()
                ? Asked.nothing(item)
                : new Asked(item.withPlex(item.plex().withWaits(waits)), List.copyOf(commands));
    }

    private static Asked imported(
            MediaItem item, List<PlexTarget> targets, Delivery delivery, PlexServers plex, Instant now) {
        if (!plex.configured() || targets.isEmpty()) {
            return Asked.nothing(item);
        }
        // Only the waits of earlier imports end: the files of one import do not end each other's.
        List<PlexWait> waits = new ArrayList<>(item.plex().waits().stream()
                .filter(wait -> !plex.has(wait.instance())
                        || targets.stream().noneMatch(target -> PlexTargets.supersedes(target, wait.target())))
                .toList());
        List<Command> commands = new ArrayList<>();
        for (Map.Entry<String, PlexServers.Mode> server : plex.servers().entrySet()) {
            String instance = server.getKey();
            for (PlexTarget target : targets) {
                String id = "%s:plex:%s:%s".formatted(delivery.id(), instance, target.path());
                waits.add(new PlexWait(instance, target, id, now, now, null, null));
                commands.add(new RescanPlexFolder(
                        id, item.key(), instance, target, server.getValue() == PlexServers.Mode.SCAN));
            }
        }
        return new Asked(PlexAttention.flagged(item.withPlex(item.plex().withWaits(waits))), List.copyOf(commands));
    }

    private static MediaItem heard(MediaItem item, String instance, String commandId, Instant now) {
        return changing(item, instance, commandId, wait -> wait.heard(now));
    }

    private static MediaItem confirmed(MediaItem item, PlexConfirmed e) {
        List<PlexWait> waits = item.plex().waits().stream()
                .filter(wait -> !wait.answeredBy(e.instance(), e.commandId()))
                .toList();
        PlexConfirmations plex = item.plex().withWaits(waits);
        if (e.place() != null) {
            plex = plex.at(PlexLocation.of(e.instance(), e.place()));
        }
        return PlexAttention.flagged(item.withPlex(plex));
    }

    /**
     * Raises the attention the problem calls for, on the file's wait; a fact answering no wait (its
     * import was before Plex was configured) gets a wait of its own, so that a later confirmation
     * or import of the file clears it.
     */
    private static MediaItem notConfirmed(MediaItem item, PlexNotConfirmed e, Instant now) {
        Attention problem = PlexAttention.of(e, now);
        boolean answers = item.plex().waits().stream().anyMatch(wait -> wait.answeredBy(e.instance(), e.commandId()));
        if (answers) {
            return PlexAttention.flagged(
                    changing(item, e.instance(), e.commandId(), wait -> wait.failed(problem, now)));
        }
        PlexTarget target = new PlexTarget(
                item.key().type(),
                Objects.requireNonNullElse(e.path(), ""),
                item.media().tmdbId(),
                item.media().imdbId(),
                item.key().type() == MediaType.SERIES ? PlexTargets.seriesTvdbId(item) : null,
                e.episodes(),
                false,
                now);
        List<PlexWait> waits = new ArrayList<>(item.plex().waits());
        waits.add(new PlexWait(
                e.instance(), target, Objects.requireNonNullElse(e.commandId(), ""), now, now, now, problem));
        return PlexAttention.flagged(item.withPlex(item.plex().withWaits(waits)));
    }

    /**
     * Asks Plex to look now for the files still waited for, and for those it did not show as
     * watchable: someone may have fixed the match. A path that maps nowhere stays unmapped.
     */
    private static Asked nudged(
            MediaItem item, Predicate<PlexWait> about, Delivery delivery, PlexServers plex, Instant now) {
        if (!plex.configured()) {
            return Asked.nothing(item);
        }
        List<Command> commands = new ArrayList<>();
        List<PlexWait> waits = item.plex().waits().stream()
                .map(wait -> {
                    boolean looks = plex.has(wait.instance())
                            && about.test(wait)
                            && (wait.pending() || wait.problem().kind() != Kind.PLEX_PATH_UNMAPPED);
                    if (!looks) {
                        return wait;
                    }
                    commands.add(look(item, wait, wait.commandId() + ":look:" + delivery.id()));
                    return wait.asked(now);
                })
                .toList();
        return commands.isEmpty()
                ? Asked.nothing(item)
                : new Asked(item.withPlex(item.plex().withWaits(waits)), List.copyOf(commands));
    }

    private static RescanPlexFolder look(MediaItem item, PlexWait wait, String id) {
        return new RescanPlexFolder(id, item.key(), wait.instance(), wait.target(), false);
    }

    private static MediaItem changing(
            MediaItem item, String instance, String commandId, UnaryOperator<PlexWait> change) {
        List<PlexWait> waits = item.plex().waits().stream()
                .map(wait -> wait.answeredBy(instance, commandId) ? change.apply(wait) : wait)
                .toList();
        return item.withPlex(item.plex().withWaits(waits));
    }
}

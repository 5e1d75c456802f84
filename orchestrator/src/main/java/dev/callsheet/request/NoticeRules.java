package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Addressee;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.Subscribed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to tell whom ({@link SendNotification}), decided from what a fact or the passing of time did to
 * an item: a request's move (needs approval, approved, declined, failed, download started, a movie
 * available), a deadline passed or an attention raised (stuck), and for a series the episodes that
 * became available, told as each route's series policy says. Pure: the routes and the people are
 * inputs, time comes in as data, and rendering and sending happen at the edge.
 *
 * <p>Each notice goes to one channel instance, for one person (the requester, or a subscriber, at the
 * addresses the request manager or the configuration gives) or for the channel's own audience (the
 * admins' room). It is asked for once: its signature (event, request, episodes, person, channel) is
 * remembered, and no episode is announced available twice to the same person on the same channel,
 * whatever the policy, and whoever's request it was. A person's quiet hours hold a notice back until
 * they end; a batch route collects episodes until its window closes.
 */
final class NoticeRules {

    private static final Set<RequestState> BEFORE_A_DOWNLOAD =
            EnumSet.of(RequestState.REQUESTED, RequestState.APPROVED, RequestState.SEARCHING);
    private static final List<NoticeAudience> AUDIENCES =
            List.of(NoticeAudience.REQUESTER, NoticeAudience.SUBSCRIBERS, NoticeAudience.ADMINS);

    private NoticeRules() {}

    /** The item, remembering what it told, held back or collected, and the notices to send. */
    record Told(MediaItem item, List<Command> commands) {}

    /**
     * What the change from {@code before} to {@code after} tells, and whatever batch or held notice is
     * due at {@code now}.
     */
    static Told after(MediaItem before, MediaItem after, Instant now, Notifying notifying) {
        Telling telling = new Telling(after, now, notifying);
        if (!notifying.routes().routes().isEmpty()) {
            for (Request request : after.requests().values()) {
                Request was = before.requests().get(request.id());
                for (Occasion occasion : occasions(was, request, after)) {
                    telling.tellAll(occasion.event(), request, List.of(), occasion.reason());
                }
            }
            raisedAttention(before, after).forEach(attention -> after.requests().values().stream()
                    .filter(Request::pastApproval)
                    .forEach(request -> telling.tellAll(NoticeEvent.STUCK, request, List.of(), attention.message())));
            if (after.key().type() == MediaType.SERIES) {
                for (Request request : after.requests().values()) {
                    telling.episodesAvailable(request, newlyAvailable(before, after));
                }
            }
        }
        telling.releaseDue();
        return telling.told();
    }

    /**
     * What a fact says about notices: one delivered to a requester (every request of theirs on the item
     * counts it), or someone subscribing to a request.
     */
    static MediaItem heard(MediaItem item, MediaEvent event) {
        return switch (event) {
            case NotificationAttempt attempt
            when attempt.outcome() == NotificationAttempt.Outcome.DELIVERED
                    && NoticeEvent.AVAILABLE.word().equals(attempt.event())
                    && attempt.recipient() != null -> {
                Notices notices = item.notices();
                for (Request request : item.requests().values()) {
                    if (toldTo(request, attempt)) {
                        notices = notices.delivering(request.id(), attempt.episodes());
                    }
                }
                yield item.withNotices(notices);
            }
            case Subscribed subscribed
            when item.requests().containsKey(subscribed.requestId()) ->
                item.withNotices(item.notices().subscribing(subscribed.requestId(), subscribed.subscriber()));
            default -> item;
        };
    }

    /** Whether {@code attempt} delivered an availability notice to {@code request}'s requester. */
    static boolean toldTo(Request request, NotificationAttempt attempt) {
        return attempt.outcome() == NotificationAttempt.Outcome.DELIVERED
                && NoticeEvent.AVAILABLE.word().equals(attempt.event())
                && attempt.recipient() != null
                && request.requestedBy() != null
                && attempt.recipient().equals(name(request.requestedBy()));
    }

    /**
     * {@code steps}, and the move to {@code notified} after them when they leave the request available
     * and its requester has been told all it waits for ({@link #toldEverything}).
     */
    static List<Step> notifying(MediaItem item, Request request, List<Step> steps) {
        if (request == null) {
            return steps;
        }
        RequestState reached =
                steps.isEmpty() ? request.state() : steps.getLast().to();
        if (reached != RequestState.AVAILABLE || !toldEverything(item, request.id())) {
            return steps;
        }
        List<Step> all = new ArrayList<>(steps);
        all.add(new Step(Optional.of(RequestState.AVAILABLE), RequestState.NOTIFIED, Step.Cause.FOLLOWED));
        return List.copyOf(all);
    }

    /**
     * Whether request {@code id}'s requester has been told all it waits for: its availability notices
     * delivered, for a series for every episode of its scope.
     */
    static boolean toldEverything(MediaItem item, RequestId id) {
        List<EpisodeKey> delivered = item.notices().delivered().get(id);
        if (delivered == null) {
            return false;
        }
        return item.key().type() == MediaType.MOVIE
                || item.series()
                        .scope(id)
                        .map(scope -> scope.known() && delivered.containsAll(scope.episodes()))
                        .orElse(false);
    }

    /** Why a request's move, or a deadline passing on it, is news. */
    private record Occasion(NoticeEvent event, String reason) {}

    private static List<Occasion> occasions(Request was, Request request, MediaItem item) {
        List<Occasion> occasions = new ArrayList<>();
        RequestState from = was == null ? null : was.state();
        RequestState to = request.state();
        if (from != to) {
            boolean undecided = from == null || from == RequestState.REQUESTED;
            if (to == RequestState.REQUESTED && request.awaitsDecision()) {
                occasions.add(new Occasion(NoticeEvent.NEEDS_APPROVAL, null));
            }
            if (undecided && request.pastApproval()) {
                occasions.add(new Occasion(NoticeEvent.APPROVED, null));
            }
            if (to == RequestState.DECLINED) {
                occasions.add(new Occasion(NoticeEvent.DECLINED, null));
            }
            if (to == RequestState.FAILED) {
                occasions.add(new Occasion(NoticeEvent.FAILED, null));
            }
            if (to == RequestState.DOWNLOADING && (from == null || BEFORE_A_DOWNLOAD.contains(from))) {
                occasions.add(new Occasion(NoticeEvent.DOWNLOAD_STARTED, null));
            }
            if (to == RequestState.AVAILABLE
                    && from != RequestState.NOTIFIED
                    && item.key().type() == MediaType.MOVIE) {
                occasions.add(new Occasion(NoticeEvent.AVAILABLE, null));
            }
        }
        if (request.overdue() != null && (was == null || was.overdue() == null)) {
            occasions.add(new Occasion(NoticeEvent.STUCK, request.overdue().message()));
        }
        return occasions;
    }

    private static List<Attention> raisedAttention(MediaItem before, MediaItem after) {
        Set<Attention.Kind> known = EnumSet.noneOf(Attention.Kind.class);
        before.attention().forEach(attention -> known.add(attention.kind()));
        return after.attention().stream()
                .filter(attention -> !known.contains(attention.kind()))
                .toList();
    }

    private static Set<EpisodeKey> newlyAvailable(MediaItem before, MediaItem after) {
        Set<EpisodeKey> newly = new TreeSet<>();
        after.series().episodes().forEach((key, episode) -> {
            Episode was = before.series().episodes().get(key);
            if (episode.state() == EpisodeState.AVAILABLE && (was == null || was.state() != EpisodeState.AVAILABLE)) {
                newly.add(key);
            }
        });
        return newly;
    }

    /** Builds up the notices of one decision; the item it holds is the decision's, as told so far. */
    private static final class Telling {

        private MediaItem item;
        private Notices notices;
        private final Instant now;
        private final Notifying notifying;
        private final List<Command> commands = new ArrayList<>();

        Telling(MediaItem item, Instant now, Notifying notifying) {
            this.item = item;
            this.notices = item.notices();
            this.now = now;
            this.notifying = notifying;
        }

        Told told() {
            // Most facts tell nothing: the item stays the very same object, so nobody compares it whole.
            return notices == item.notices()
                    ? new Told(item, List.copyOf(commands))
                    : new Told(item.withNotices(notices), List.copyOf(commands));
        }

        /** Tells {@code event} about {@code request} on every route that carries it, to every audience. */
        void tellAll(NoticeEvent event, Request request, List<EpisodeKey> episodes, String reason) {
            for (NoticeAudience audience : AUDIENCES) {
                for (NoticeRoute route : notifying.routes().carrying(event, audience)) {
                    for (String channel : route.channels()) {
                        for (Listener listener : listeners(audience, request, event, channel)) {
                            tell(event, request, channel, listener, episodes, reason);
                        }
                    }
                }
            }
        }

        /** A series request's episodes that became available, as each route's policy tells them. */
        void episodesAvailable(Request request, Set<EpisodeKey> newly) {
            SeriesScope scope = item.series().scope(request.id()).orElse(null);
            if (scope == null || !scope.known() || !request.pastApproval()) {
                return;
            }
            Set<EpisodeKey> available = new TreeSet<>();
            for (EpisodeKey key : scope.episodes()) {
                Episode episode = item.series().episodes().get(key);
                if (episode != null && episode.state() == EpisodeState.AVAILABLE) {
                    available.add(key);
                }
            }
            Set<EpisodeKey> arrived = new TreeSet<>(newly);
            arrived.retainAll(available);
            List<NoticeRoute> routes = notifying.routes().routes();
            for (NoticeAudience audience : AUDIENCES) {
                for (NoticeRoute route : notifying.routes().carrying(NoticeEvent.AVAILABLE, audience)) {
                    if (route.series() == SeriesPolicy.EVERY_BATCH) {
                        collect(request, routes.indexOf(route), route, arrived);
                        continue;
                    }
                    for (String channel : route.channels()) {
                        for (Listener listener : listeners(audience, request, NoticeEvent.AVAILABLE, channel)) {
                            String key = Notices.listener(listener.username(), channel);
                            for (List<EpisodeKey> message : SeriesPolicies.messages(
                                    route.series(), item, scope, available, arrived, notices.announcedTo(key))) {
                                announce(request, channel, listener, message);
                            }
                        }
                    }
                }
            }
        }

        /** Sends what is due: batches whose window closed, notices whose quiet hours ended. */
        void releaseDue() {
            List<Notices.Batch> waiting = new ArrayList<>();
            for (Notices.Batch batch : notices.batches()) {
                if (batch.due().isAfter(now)) {
                    waiting.add(batch);
                } else {
                    releaseBatch(batch);
                }
            }
            if (waiting.size() != notices.batches().size()) {
                notices = notices.withBatches(waiting);
            }
            List<Notices.Held> stillHeld = new ArrayList<>();
            for (Notices.Held held : notices.held()) {
                if (held.until().isAfter(now)) {
                    stillHeld.add(held);
                } else {
                    commands.add(held.notice());
                }
            }
            if (stillHeld.size() != notices.held().size()) {
                notices = notices.withHeld(stillHeld);
            }
        }

        private void collect(Request request, int route, NoticeRoute settings, Set<EpisodeKey> arrived) {
            if (arrived.isEmpty()) {
                return;
            }
            List<Notices.Batch> batches = new ArrayList<>();
            boolean joined = false;
            for (Notices.Batch batch : notices.batches()) {
                if (batch.requestId().equals(request.id()) && batch.route() == route) {
                    List<EpisodeKey> episodes = new ArrayList<>(batch.episodes());
                    episodes.addAll(arrived);
                    batches.add(new Notices.Batch(batch.requestId(), route, batch.due(), episodes));
                    joined = true;
                } else {
                    batches.add(batch);
                }
            }
            if (!joined) {
                batches.add(
                        new Notices.Batch(request.id(), route, now.plus(settings.batchWindow()), List.copyOf(arrived)));
            }
            notices = notices.withBatches(batches);
        }

        private void releaseBatch(Notices.Batch batch) {
            Request request = item.requests().get(batch.requestId());
            List<NoticeRoute> routes = notifying.routes().routes();
            // A route that is gone (the configuration changed) takes its batch with it.
            if (request == null || batch.route() >= routes.size()) {
                return;
            }
            NoticeRoute route = routes.get(batch.route());
            for (String channel : route.channels()) {
                for (Listener listener : listeners(route.audience(), request, NoticeEvent.AVAILABLE, channel)) {
                    List<EpisodeKey> news = new ArrayList<>(batch.episodes());
                    news.removeAll(notices.announcedTo(Notices.listener(listener.username(), channel)));
                    if (!news.isEmpty()) {
                        announce(request, channel, listener, news);
                    }
                }
            }
        }

        private void announce(Request request, String channel, Listener listener, List<EpisodeKey> episodes) {
            notices = notices.announcing(Notices.listener(listener.username(), channel), episodes);
            tell(NoticeEvent.AVAILABLE, request, channel, listener, episodes, null);
        }

        private void tell(
                NoticeEvent event,
                Request request,
                String channel,
                Listener listener,
                List<EpisodeKey> episodes,
                String reason) {
            String signature = String.join(
                    "|",
                    event.word(),
                    event == NoticeEvent.AVAILABLE && item.key().type() == MediaType.MOVIE
                            ? item.key().value()
                            : request.id().value(),
                    listener.username() == null ? "@channel" : listener.username(),
                    channel,
                    episodes.toString(),
                    event == NoticeEvent.STUCK ? String.valueOf(reason) : "");
            if (notices.hasTold(signature)) {
                return;
            }
            notices = notices.telling(signature);
            var notice = new SendNotification(
                    NoticeIds.of(item.key(), signature),
                    item.key(),
                    request.id(),
                    event.word(),
                    channel,
                    listener.addressee(),
                    subject(request, episodes, reason));
            Optional<Instant> until = listener.person().flatMap(person -> person.heldUntil(now));
            if (until.isPresent()) {
                List<Notices.Held> held = new ArrayList<>(notices.held());
                held.add(new Notices.Held(notice, until.get()));
                notices = notices.withHeld(held);
            } else {
                commands.add(notice);
            }
        }

        private NoticeSubject subject(Request request, List<EpisodeKey> episodes, String reason) {
            var media = item.media();
            List<Integer> seasons =
                    item.series().scope(request.id()).map(SeriesScope::seasons).orElse(List.of());
            String release = item.download() == null ? null : item.download().release();
            String quality = item.file() != null && item.file().quality() != null
                    ? item.file().quality()
                    : item.download() == null ? null : item.download().quality();
            String plexUrl = item.plex().places().stream()
                    .map(PlexLocation::link)
                    .filter(link -> link != null)
                    .findFirst()
                    .orElse(null);
            Requester requester = request.requestedBy();
            return new NoticeSubject(
                    item.key().type(),
                    media.title(),
                    media.year(),
                    request.posterUrl(),
                    media.tmdbId(),
                    media.tvdbId(),
                    episodes,
                    seasons,
                    release,
                    quality,
                    requester == null ? null : name(requester),
                    reason,
                    plexUrl);
        }

        /** Who hears {@code event} about {@code request} on {@code channel}, for one audience. */
        private List<Listener> listeners(NoticeAudience audience, Request request, NoticeEvent event, String channel) {
            List<Requester> people =
                    switch (audience) {
                        case ADMINS -> null;
                        case REQUESTER -> request.requestedBy() == null ? List.of() : List.of(request.requestedBy());
                        case SUBSCRIBERS -> notices.subscribersOf(request.id());
                    };
            if (people == null) {
                return List.of(Listener.CHANNEL);
            }
            Set<Listener> listeners = new LinkedHashSet<>();
            for (Requester person : people) {
                Listener.of(person, notifying.people())
                        .filter(listener -> listener.person()
                                .map(known -> known.hears(event, channel))
                                .orElse(true))
                        .ifPresent(listeners::add);
            }
            return List.copyOf(listeners);
        }
    }

    /**
     * One person a notice is for, at the addresses known: the request manager's first, then the
     * configuration's; or nobody in particular (the channel's own audience).
     */
    private record Listener(Addressee addressee, Optional<NoticePerson> person) {

        static final Listener CHANNEL = new Listener(null, Optional.empty());

        static Optional<Listener> of(Requester requester, NoticePeople people) {
            String name = name(requester);
            if (name == null) {
                return Optional.empty();
            }
            Optional<NoticePerson> known = people.find(requester.username(), requester.email());
            var addressee = new Addressee(
                    name,
                    first(requester.email(), known.map(NoticePerson::email)),
                    first(requester.discordId(), known.map(NoticePerson::discordId)),
                    first(requester.telegramChatId(), known.map(NoticePerson::telegramChatId)));
            return Optional.of(new Listener(addressee, known));
        }

        String username() {
            return addressee == null ? null : addressee.username();
        }

        private static String first(String given, Optional<String> configured) {
            return given != null ? given : configured.orElse(null);
        }
    }

    private static String name(Requester requester) {
        return requester.username() != null ? requester.username() : requester.email();
    }

    /** The episodes of a season, as a request's scope covers them, for the policies. */
    static List<EpisodeKey> seasonOf(MediaItem item, SeriesScope scope, int season) {
        List<EpisodeKey> episodes = new ArrayList<>();
        for (Map.Entry<EpisodeKey, Episode> entry : item.series().episodes().entrySet()) {
            if (entry.getKey().season() == season && scope.covers(entry.getKey(), entry.getValue())) {
                episodes.add(entry.getKey());
            }
        }
        return episodes;
    }
}

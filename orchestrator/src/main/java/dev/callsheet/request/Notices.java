package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What Callsheet told whom about one media item, what it holds back or collects before telling, and
 * who else wants to hear. The decider keeps it ({@link NoticeRules}).
 *
 * @param announced by {@link #listener(String, String)}, the episodes announced available to that
 *     person (or that channel's own audience) on that channel, ascending: no episode is announced twice
 *     to the same person on the same channel
 * @param told the signatures of the notices asked for lately, by which none is asked for twice; the
 *     latest {@value #REMEMBERED} are kept
 * @param batches episodes collected for routes that tell in batches, until each batch is due
 * @param held notices held back by their recipients' quiet hours, until these end
 * @param delivered by request, the episodes the requester's availability notices delivered (empty for
 *     a movie's): what moves a request to {@code notified}
 * @param subscribers by request, the people who asked to hear what its requester hears
 */
public record Notices(
        Map<String, List<EpisodeKey>> announced,
        List<String> told,
        List<Batch> batches,
        List<Held> held,
        Map<RequestId, List<EpisodeKey>> delivered,
        Map<RequestId, List<Requester>> subscribers) {

    static final Notices NONE = new Notices(null, null, null, null, null, null);

    /** Enough for every event of every request an item sees; bounded so the state stays small. */
    static final int REMEMBERED = 256;

    public Notices {
        announced = sortedValues(announced);
        told = told == null ? List.of() : List.copyOf(told);
        batches = batches == null ? List.of() : List.copyOf(batches);
        held = held == null ? List.of() : List.copyOf(held);
        delivered = sortedValues(delivered);
        subscribers = subscribers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subscribers));
    }

    /**
     * Episodes of one request collected for one route that tells in batches.
     *
     * @param route the route's place in the configured list
     * @param due when the batch is told: its first episode's arrival plus the route's window
     */
    public record Batch(RequestId requestId, int route, Instant due, List<EpisodeKey> episodes) {

        public Batch {
            episodes = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(episodes, List.of())));
        }
    }

    /** A notice held back until {@code until}, when its recipient's quiet hours end. */
    public record Held(SendNotification notice, Instant until) {}

    /** The key of {@link #announced}: a person's username, or a channel's own audience, on a channel. */
    static String listener(String username, String channel) {
        return (username == null ? "@channel" : username) + "|" + channel;
    }

    List<EpisodeKey> announcedTo(String listener) {
        return announced.getOrDefault(listener, List.of());
    }

    Notices announcing(String listener, List<EpisodeKey> episodes) {
        Map<String, List<EpisodeKey>> next = new LinkedHashMap<>(announced);
        List<EpisodeKey> all = new ArrayList<>(announcedTo(listener));
        all.addAll(episodes);
        next.put(listener, all);
        return new Notices(next, told, batches, held, delivered, subscribers);
    }

    boolean hasTold(String signature) {
        return told.contains(signature);
    }

    Notices telling(String signature) {
        List<String> next = new ArrayList<>(told);
        next.add(signature);
        return new Notices(
                announced,
                next.subList(Math.max(0, next.size() - REMEMBERED), next.size()),
                batches,
                held,
                delivered,
                subscribers);
    }

    Notices withBatches(List<Batch> next) {
        return new Notices(announced, told, next, held, delivered, subscribers);
    }

    Notices withHeld(List<Held> next) {
        return new Notices(announced, told, batches, next, delivered, subscribers);
    }

    Notices delivering(RequestId id, List<EpisodeKey> episodes) {
        Map<RequestId, List<EpisodeKey>> next = new LinkedHashMap<>(delivered);
        List<EpisodeKey> all = new ArrayList<>(delivered.getOrDefault(id, List.of()));
        all.addAll(episodes);
        next.put(id, all);
        return new Notices(announced, told, batches, held, next, subscribers);
    }

    List<Requester> subscribersOf(RequestId id) {
        return subscribers.getOrDefault(id, List.of());
    }

    Notices subscribing(RequestId id, Requester person) {
        List<Requester> known = subscribersOf(id);
        if (known.contains(person)) {
            return this;
        }
        Map<RequestId, List<Requester>> next = new LinkedHashMap<>(subscribers);
        List<Requester> all = new ArrayList<>(known);
        all.add(person);
        next.put(id, all);
        return new Notices(announced, told, batches, held, delivered, next);
    }

    private static <K> Map<K, List<EpisodeKey>> sortedValues(Map<K, List<EpisodeKey>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, List<EpisodeKey>> sorted = new LinkedHashMap<>();
        map.forEach((key, episodes) -> sorted.put(key, List.copyOf(new TreeSet<>(episodes))));
        return Collections.unmodifiableMap(sorted);
    }
}

package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure core of the pipeline: what one fact does to one media item and its requests. No I/O, no
 * clock, no randomness: the same item, fact and time always give the same decision, so the
 * pipeline can be replayed. The media item moves first ({@code MediaRules}; a series' episodes in
 * {@code EpisodeRules}, its scopes in {@code ScopeRules}), then each request it concerns is decided
 * from the item's new state through {@link TransitionTable}. Exact duplicates and facts that change
 * nothing never throw: they give an empty decision or "no change" entries.
 */
public final class Decider {

    private Decider() {}

    /**
     * What one fact does to an item.
     *
     * @param current the item as stored; null before its first fact
     * @param now when the fact arrived ({@code delivery.receivedAt})
     * @param plex the Plex servers that confirm imports; with none, Plex's {@code library.new} makes
     *     an item available by itself
     */
    public static Decision decide(MediaItem current, Envelope envelope, Instant now, PlexServers plex) {
        return decide(current, envelope, now, plex, ApprovalRules.NONE, RequesterLedger.EMPTY);
    }

    /**
     * What one fact does to an item, with approval rules: a request the fact submits is decided by
     * the first rule that matches it ({@link RuleDecisions}).
     *
     * @param rules the approval rules, in order
     * @param ledger the requests the fact's requester made lately, as the pipeline's ledger has them
     *     by now; empty for a fact about no request
     */
    public static Decision decide(
            MediaItem current,
            Envelope envelope,
            Instant now,
            PlexServers plex,
            ApprovalRules rules,
            RequesterLedger ledger) {
        return decide(current, envelope, now, plex, rules, ledger, Notifying.NONE);
    }

    /**
     * What one fact does to an item, with approval rules and notification routes: what the fact changed
     * is told as the routes say ({@link NoticeRules}), a request whose requester has been told all it
     * waits for moves to {@code notified}, and a request from Overseerr whose requester came without a
     * Discord or Telegram id has them looked up ({@link AddressRules}).
     *
     * @param notifying the notification routes and the people Callsheet knows
     */
    public static Decision decide(
            MediaItem current,
            Envelope envelope,
            Instant now,
            PlexServers plex,
            ApprovalRules rules,
            RequesterLedger ledger,
            Notifying notifying) {
        MediaItem before = current != null ? current : MediaItem.empty(envelope.mediaKey());
        String fingerprint = envelope.delivery().fingerprint();
        if (before.hasSeen(fingerprint)) {
            return new Decision(before, List.of(), List.of(), List.of());
        }
        MediaEvent event = envelope.event();
        MediaItem moved = NoticeRules.heard(
                ListingRules.heardFrom(MediaRules.after(before, event, now, plex), envelope.delivery()), event);
        String summary = null;
        if (SearchRules.quiet(event)) {
            // A search still running: only the read-back's schedule moves.
            MediaItem checked = SearchRules.after(moved, event, envelope.delivery(), now);
            return touched(before, checked.remembering(fingerprint), List.of(), List.of(), now);
        }
        if (event instanceof DownloadReported reported) {
            DownloadRules.Reported result = DownloadRules.reported(moved, reported, envelope.delivery(), now);
            if (result.milestone().isEmpty()) {
                // Progress between milestones updates the views but writes no timeline entry.
                return touched(before, result.item().remembering(fingerprint), List.of(), List.of(), now);
            }
            moved = result.item();
            summary = DownloadWording.milestone(
                    result.milestone().get(),
                    result.download(),
                    reported,
                    EpisodeRules.servedBy(moved, result.download().id()));
        }
        ScopeRules.Scoped scoped = ScopeRules.after(moved, event, now);
        // Worded before Plex's answer ends the file's wait: the wait knows when the file was imported.
        Timeline timeline = summary == null
                ? Timeline.of(envelope, scoped.item(), now)
                : Timeline.of(envelope, scoped.item(), now, summary);
        PlexRules.Asked asked = PlexRules.after(scoped.item(), event, envelope.delivery(), plex, now);
        MediaItem item = asked.item();
        timeline.media(before.progress(), item.progress());

        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        boolean approved = false;
        Requester requester = event instanceof RequestEvent e ? e.requestedBy() : null;
        String poster = event instanceof RequestEvent e ? e.posterUrl() : null;
        String origin = event instanceof RequestEvent && envelope.delivery().source() == SourceKind.OVERSEERR
                ? envelope.delivery().instance()
                : null;
        AddOrder order = event instanceof RequestSubmitted submitted
                ? AddOrder.of(submitted).orElse(null)
                : null;
        List<Command> decisions = new ArrayList<>();
        for (RequestId id : Concern.requests(item, event, scoped.joined().keySet())) {
            Request request = requests.get(id);
            List<Step> steps = NoticeRules.notifying(
                    item, request, RequestRules.steps(request, event, item.stageFor(id), scoped.grew(id)));
            approved |= steps.stream().anyMatch(step -> step.to() == RequestState.APPROVED);
            Request next = AddressRules.after(
                    evolve(request, id, steps, timeline, scoped.joined(id), requester, now)
                            .withRequester(requester)
                            .withOrigin(origin)
                            .withOrder(order)
                            .withPoster(poster),
                    event);
            DecisionRules.Carried carried = DecisionRules.after(item.key(), request, next, event);
            Optional<RequestDecided> ruled =
                    RuleDecisions.decide(item.key(), carried.request(), event, rules, ledger, envelope.delivery(), now);
            if (ruled.isPresent()) {
                Request decided = carried.request();
                // A request made in Callsheet follows no request manager: the rule's decision moves it.
                for (Step step : decided.madeHere()
                        ? RequestRules.steps(decided, ruled.get(), item.stageFor(id), false)
                        : List.<Step>of()) {
                    approved |= step.to() == RequestState.APPROVED;
                    decided = decided.movedTo(step.to(), now);
                }
                DecisionRules.Carried byRule = DecisionRules.carry(item.key(), decided, ruled.get());
                // A decision nothing carries (a request no request manager sent) would only be words.
                if (!byRule.request().equals(carried.request())) {
                    timeline.decided(carried.request().state(), byRule.request(), ruled.get());
                    carried = byRule;
                }
            }
            decisions.addAll(carried.commands());
            requests.put(id, carried.request());
        }
        decisions.addAll(AddressRules.lookUps(
                before.requests(), requests, item.key(), envelope.delivery().id(), notifying));
        MediaItem searched = SearchRules.after(
                        item.withRequests(requests, timeline.lastSequence()), event, envelope.delivery(), now)
                .remembering(fingerprint);
        MonitorRules.Asked monitoring =
                MonitorRules.onListing(searched, event, envelope.delivery().id());
        MediaItem after = monitoring.item();
        List<Command> listing =
                approved ? ListingRules.onApproval(after, envelope.delivery().id()) : List.of();
        return told(
                before,
                touched(
                        before,
                        ListingRules.asked(after, listing, now),
                        timeline.entries(),
                        concat(
                                concat(concat(listing, asked.commands()), List.copyOf(decisions)),
                                monitoring.commands()),
                        now),
                now,
                notifying);
    }

    /**
     * What the passing of time does to an item; the wall-clock punctuator calls this periodically
     * for every stored item. For a series, episodes whose air date has come are searched for and
     * join the scopes of their requests, which follow them (an available request goes back to
     * where they stand); and while any request is handed over to Sonarr, its episode list is asked
     * for again once {@code relisting} says so. For any item, an imported
     * file Plex has said nothing about for a while is asked for again ({@code PlexRules}), what its
     * requests still miss is searched for when due ({@code SearchRules}), and a request past its
     * stage's deadline gets an attention and one timeline entry ({@code DeadlineRules}).
     *
     * @param now the punctuator's wall-clock time, passed in as data
     * @param relisting how long after the last ask, or the last one given up, to ask for the episode list again
     * @param plex the Plex servers that confirm imports
     * @param deadlines how long a request may stand at each stage
     * @param search when to search the arrs
     */
    public static Decision tick(
            MediaItem current,
            Instant now,
            Relisting relisting,
            PlexServers plex,
            Deadlines deadlines,
            SearchPolicy search) {
        return tick(current, now, relisting, plex, deadlines, search, Notifying.NONE);
    }

    /**
     * The passing of time, with notification routes: what it changed is told as they say, and batches
     * whose window closed and notices whose quiet hours ended are sent ({@link NoticeRules}).
     */
    public static Decision tick(
            MediaItem current,
            Instant now,
            Relisting relisting,
            PlexServers plex,
            Deadlines deadlines,
            SearchPolicy search,
            Notifying notifying) {
        return told(current, passTime(current, now, relisting, plex, deadlines, search), now, notifying);
    }

    private static Decision passTime(
            MediaItem current,
            Instant now,
            Relisting relisting,
            PlexServers plex,
            Deadlines deadlines,
            SearchPolicy search) {
        ScopeRules.Scoped scoped = ScopeRules.after(current, null, now);
        PlexRules.Asked asked = PlexRules.onTick(scoped.item(), now, plex);
        MediaItem item = asked.item();
        List<Command> listing = ListingRules.onTick(item, now, relisting);
        List<Command> commands = concat(listing, asked.commands());
        List<EpisodeKey> aired = newlyAired(current, item);
        if (aired.isEmpty() && scoped.joined().isEmpty()) {
            SearchRules.Searched searched =
                    SearchRules.onTick(ListingRules.asked(current.withPlex(item.plex()), listing, now), now, search);
            List<Command> all = concat(commands, searched.commands());
            DeadlineRules.Passed passed = DeadlineRules.onTick(searched.item(), now, deadlines, plex);
            return passed.raised().isEmpty()
                    ? new Decision(passed.item(), List.of(), List.of(), all)
                    : overdue(current, passed, List.of(), all, now);
        }
        Timeline timeline = Timeline.ofTick(item, aired.isEmpty() ? allJoined(scoped) : aired, now);
        timeline.media(current.progress(), item.progress());
        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        for (RequestId id : scoped.joined().keySet()) {
            Request request = requests.get(id);
            if (request == null) {
                continue;
            }
            List<Step> steps = RequestRules.stepsOverTime(request, item.stageFor(id), true);
            requests.put(id, evolve(request, id, steps, timeline, scoped.joined(id), null, now));
        }
        SearchRules.Searched searched = SearchRules.onTick(
                ListingRules.asked(item.withRequests(requests, timeline.lastSequence()), listing, now), now, search);
        return overdue(
                current,
                DeadlineRules.onTick(searched.item(), now, deadlines, plex),
                timeline.entries(),
                concat(commands, searched.commands()),
                now);
    }

    /** The tick's decision with one more entry, after its others, for each request that got a deadline's attention. */
    private static Decision overdue(
            MediaItem current,
            DeadlineRules.Passed passed,
            List<TimelineEntry> entries,
            List<Command> commands,
            Instant now) {
        MediaItem item = passed.item();
        Timeline timeline = Timeline.ofDeadlines(item.key(), item.sequence(), now);
        passed.raised()
                .forEach((id, attention) -> timeline.overdue(item.requests().get(id), attention));
        List<TimelineEntry> all = new ArrayList<>(entries);
        all.addAll(timeline.entries());
        MediaItem after = item.withRequests(item.requests(), timeline.lastSequence());
        return touched(current, after, List.copyOf(all), commands, now);
    }

    /** {@code decision}, with what its change from {@code before} tells, and what is due to be told. */
    private static Decision told(MediaItem before, Decision decision, Instant now, Notifying notifying) {
        NoticeRules.Told told = NoticeRules.after(before, decision.state(), now, notifying);
        if (told.commands().isEmpty() && told.item() == decision.state()) {
            return decision;
        }
        return new Decision(
                told.item(),
                decision.timeline(),
                decision.changedRequests(),
                concat(decision.commands(), told.commands()));
    }

    private static List<Command> concat(List<Command> first, List<Command> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isEmpty() ? second : first;
        }
        List<Command> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static Request evolve(
            Request request,
            RequestId id,
            List<Step> steps,
            Timeline timeline,
            List<EpisodeKey> joined,
            Requester requester,
            Instant now) {
        if (steps.isEmpty()) {
            timeline.unchanged(request, joined);
        }
        Request next = request;
        for (Step step : steps) {
            next = step.from().isEmpty() ? Request.opened(id, requester, now) : next.movedTo(step.to(), now);
            timeline.moved(id, step, joined);
        }
        return next;
    }

    /** The episodes the passing of time took from wanted to searching. */
    private static List<EpisodeKey> newlyAired(MediaItem before, MediaItem after) {
        return after.series().episodes().entrySet().stream()
                .filter(entry -> entry.getValue().state() != stateOf(before, entry.getKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static EpisodeState stateOf(MediaItem item, EpisodeKey key) {
        Episode episode = item.series().episodes().get(key);
        return episode == null ? null : episode.state();
    }

    private static List<EpisodeKey> allJoined(ScopeRules.Scoped scoped) {
        return scoped.joined().values().stream()
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    /** Marks each request whose view the fact changed as updated now, and reports their views. */
    private static Decision touched(
            MediaItem before, MediaItem after, List<TimelineEntry> timeline, List<Command> commands, Instant now) {
        Map<RequestId, Request> requests = new LinkedHashMap<>();
        List<RequestView> changed = new ArrayList<>();
        for (Request request : after.requests().values()) {
            Request current = request;
            if (!before.requestView(request.id()).equals(Optional.of(request.view(after)))) {
                current = request.touched(now);
                changed.add(current.view(after));
            }
            requests.put(current.id(), current);
        }
        return new Decision(after.withRequests(requests, after.sequence()), timeline, List.copyOf(changed), commands);
    }
}

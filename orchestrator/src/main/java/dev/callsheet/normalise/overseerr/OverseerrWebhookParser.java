package dev.callsheet.normalise.overseerr;

import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.VendorJson;
import dev.callsheet.normalise.WebhookOrigin;
import dev.callsheet.normalise.WebhookParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses webhooks of Overseerr, Jellyseerr and Seerr sent with the default JSON template, and
 * tolerates edited ones: values as text or numbers, missing, renamed and extra keys, {@code ""} and
 * unreplaced {@code {{placeholders}}} for "not said". Only {@code notification_type} is required.
 *
 * <p>Media is keyed {@code movie:tmdb:<tmdbId>} or {@code series:tvdb:<tvdbId>}, with {@code :4k}
 * when the {@code event} text names a 4K request (the webhook has no other 4K marker, so an edited
 * template without {@code event} keys every request as non-4K).
 *
 * <ul>
 *   <li>{@code MEDIA_*} request notifications become request facts; a series request carries its
 *       requested seasons from {@code extra}. One about a show Overseerr gave no TVDB id ({@code
 *       ""}) is returned unkeyed, to be looked up by its request ({@link KeyLookup.ByRequest}):
 *       Overseerr's API may know the id by now, though it sends {@code MEDIA_FAILED} for shows that
 *       truly have none. One without media, about a movie without a TMDB id, or without a {@code
 *       request_id} is {@link UnparseableWebhook}: these facts move a request, so losing one must
 *       be visible in the dead-letter topic.
 *   <li>{@code ISSUE_*} notifications become issue activity on the media, or, without usable media,
 *       a result with no media events: issues only feed the timeline.
 *   <li>{@code TEST_NOTIFICATION} becomes {@link SourceTested}.
 *   <li>An unknown {@code notification_type} becomes {@link UnrecognisedEvent} on its media, or,
 *       without usable media, a result with its type and no events. That is deliberately not {@link
 *       ParsedWebhook#ignored}: the type is unknown rather than understood, and the pipeline records
 *       it on the source so it stays visible.
 * </ul>
 */
public final class OverseerrWebhookParser implements WebhookParser {

    private static final Map<String, RequestFact> REQUEST_FACTS = Map.of(
            "MEDIA_PENDING",
                    (id, by, media, seasons, type, poster) ->
                            new RequestSubmitted(id, by, media, seasons, type, null, poster),
            "MEDIA_AUTO_APPROVED", RequestAutoApproved::new,
            "MEDIA_APPROVED", RequestFact.posterless(RequestApproved::new),
            "MEDIA_DECLINED", RequestFact.posterless(RequestDeclined::new),
            "MEDIA_FAILED", RequestFact.posterless(RequestFailed::new),
            "MEDIA_AVAILABLE", RequestFact.posterless(RequestAvailable::new));

    private static final Map<String, IssueChange> ISSUE_CHANGES = Map.of(
            "ISSUE_CREATED", IssueChange.REPORTED,
            "ISSUE_COMMENT", IssueChange.COMMENTED,
            "ISSUE_RESOLVED", IssueChange.RESOLVED,
            "ISSUE_REOPENED", IssueChange.REOPENED);

    @Override
    public SourceKind source() {
        return SourceKind.OVERSEERR;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return VendorJson.parse(body, OverseerrWebhookParser::parse);
    }

    private static ParsedWebhook parse(ObjectNode tree) throws UnparseableWebhook {
        String type = Template.value(VendorJson.text(tree, "notification_type"));
        if (type == null) {
            throw new UnparseableWebhook("no notification_type: not an Overseerr webhook");
        }
        if (type.equals("TEST_NOTIFICATION")) {
            return ParsedWebhook.ofSource(type, new SourceTested());
        }
        OverseerrPayload payload = VendorJson.convert(tree, OverseerrPayload.class);
        Optional<MediaInfo> media = OverseerrFacts.media(payload);
        Optional<MediaKey> key = media.flatMap(OverseerrFacts::key);
        RequestFact requestFact = REQUEST_FACTS.get(type);
        if (requestFact != null) {
            return request(type, requestFact, payload, media.orElse(null), key);
        }
        if (key.isEmpty()) {
            return new ParsedWebhook(type, List.of(), Optional.empty());
        }
        IssueChange change = ISSUE_CHANGES.get(type);
        return ParsedWebhook.ofMedia(
                type,
                key.get(),
                change == null
                        ? new UnrecognisedEvent(media.get(), type)
                        : OverseerrFacts.issueActivity(change, payload, media.get(), type));
    }

    private static ParsedWebhook request(
            String type, RequestFact fact, OverseerrPayload payload, MediaInfo media, Optional<MediaKey> key)
            throws UnparseableWebhook {
        if (key.isEmpty() && (media == null || media.type() == MediaType.MOVIE)) {
            throw new UnparseableWebhook(type + " " + OverseerrFacts.unkeyable(media));
        }
        Long requestId =
                Template.id(payload.request() == null ? null : payload.request().requestId(), "request_id");
        if (requestId == null) {
            throw new UnparseableWebhook(type + " without a request_id: cannot tell which request it is about");
        }
        RequestEvent event = fact.of(
                RequestId.overseerr(requestId),
                OverseerrFacts.requester(payload.request()),
                media,
                OverseerrFacts.seasons(payload, media),
                type,
                OverseerrFacts.poster(payload));
        if (key.isPresent()) {
            return ParsedWebhook.ofMedia(type, key.get(), event);
        }
        // Overseerr sends "" when it knows no TVDB id for the show; its API may know it by now.
        return ParsedWebhook.ofUnkeyed(type, new KeyLookup.ByRequest(event.requestId(), media.fourK()), event);
    }

    /** Builds one kind of request fact; all six share this shape. Only those that open a request keep the poster. */
    @FunctionalInterface
    private interface RequestFact {
        RequestEvent of(
                RequestId requestId,
                Requester requestedBy,
                MediaInfo media,
                List<Integer> seasons,
                String sourceEventType,
                String posterUrl);

        /** A fact that follows the one opening the request, which carried the poster. */
        static RequestFact posterless(Posterless fact) {
            return (id, by, media, seasons, type, poster) -> fact.of(id, by, media, seasons, type);
        }
    }

    /** The shape of the request facts without a poster. */
    @FunctionalInterface
    private interface Posterless {
        RequestEvent of(
                RequestId requestId,
                Requester requestedBy,
                MediaInfo media,
                List<Integer> seasons,
                String sourceEventType);
    }
}

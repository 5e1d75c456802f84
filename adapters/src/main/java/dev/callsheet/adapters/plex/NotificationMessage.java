package dev.callsheet.adapters.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One frame of Plex's push channel: {@code {"NotificationContainer": {"type": …, "size": n,
 * "<Array>": […]}}}, the array named after the type. Nothing in it is required: PMS is closed source
 * and what is known of these messages comes from the clients that read them. Ids arrive as strings or
 * numbers; Jackson reads both into the strings here.
 */
record NotificationMessage(
        @JsonProperty("NotificationContainer") Container container) {

    /** The entries worth passing on, in the order Plex sent them; none for other message types. */
    Stream<PlexNotification> notifications() {
        if (container == null) {
            return Stream.empty();
        }
        return switch (container.type() == null ? "" : container.type()) {
            case "timeline" -> entries(container.timeline()).map(Timeline::toEntry);
            case "activity" -> entries(container.activities()).map(Activity::toActivity);
            default -> Stream.empty();
        };
    }

    private static <T> Stream<T> entries(List<T> list) {
        return list == null ? Stream.empty() : list.stream().filter(entry -> entry != null);
    }

    record Container(
            String type,
            @JsonProperty("TimelineEntry") List<Timeline> timeline,
            @JsonProperty("ActivityNotification") List<Activity> activities) {}

    record Timeline(
            String identifier,
            @JsonProperty("sectionID") String sectionId,
            @JsonProperty("itemID") String itemId,
            Integer type,
            Integer state,
            String metadataState,
            String mediaState,
            String title,
            @JsonProperty("parentItemID") String parentItemId,
            @JsonProperty("rootItemID") String rootItemId,
            Integer queueSize,
            Long updatedAt) {

        PlexTimelineEntry toEntry() {
            return new PlexTimelineEntry(
                    identifier,
                    sectionId,
                    itemId,
                    itemType(type),
                    state,
                    metadataState,
                    mediaState,
                    title,
                    parentItemId,
                    rootItemId,
                    queueSize,
                    updatedAt == null ? null : Instant.ofEpochSecond(updatedAt));
        }

        private static PlexItemType itemType(Integer number) {
            return Stream.of(PlexItemType.values())
                    .filter(known -> known != PlexItemType.UNKNOWN && number != null && known.number() == number)
                    .findFirst()
                    .orElse(PlexItemType.UNKNOWN);
        }
    }

    record Activity(
            String event,
            String uuid,
            @JsonProperty("Activity") Job activity) {

        PlexActivity toActivity() {
            Job job = activity == null ? new Job(null, null, null, null, null, null) : activity;
            Map<String, Object> context = job.context() == null ? Map.of() : job.context();
            return new PlexActivity(
                    PlexActivity.Event.ofWord(event),
                    uuid != null ? uuid : job.uuid(),
                    job.type(),
                    job.title(),
                    job.subtitle(),
                    job.progress() == null ? null : (int) Math.round(job.progress()),
                    text(context.get("librarySectionID")),
                    text(context.get("key")));
        }

        // Context is "an object with additional values" whose members differ by job; ids come as
        // strings or numbers.
        private static String text(Object value) {
            return value instanceof String || value instanceof Number ? value.toString() : null;
        }
    }

    record Job(
            String uuid,
            String type,
            String title,
            String subtitle,
            Double progress,
            @JsonProperty("Context") Map<String, Object> context) {}
}

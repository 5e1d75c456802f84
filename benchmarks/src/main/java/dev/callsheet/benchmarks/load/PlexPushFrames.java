package dev.callsheet.benchmarks.load;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text frames of the stub Plex's push channel, shaped as plex-confirmation.md §8.9 scripts a
 * partial scan: {@code {"NotificationContainer": {"type", "size", "<Array>": [...]}}}, one entry per
 * frame, ids as strings. A scan is an {@code activity} of type {@code library.update.section} that is
 * {@code started} without a section (Plex names it about a second in), then {@code updated} and
 * {@code ended} with {@code Context.librarySectionID}; each item it finds gets {@code timeline}
 * entries, state 0 {@code created} and then state 5 with no metadata state (processed). The {@code
 * status} and {@code progress} messages Plex sends around a scan are there too: clients must skip them.
 */
final class PlexPushFrames {

    /** A library item as its timeline entries name it, taken from the stub's own listing of it. */
    record Item(String section, String itemId, int type, String title, String parentItemId, String rootItemId) {}

    private static final String LIBRARY = "com.plexapp.plugins.library";
    private static final String SECTION_SCAN = "library.update.section";
    private static final Map<String, Integer> TYPES = Map.of("movie", 1, "episode", 4);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> sectionTitles = new HashMap<>();

    /** {@code sections} is the stub's {@code /library/sections} body, for the scans' titles. */
    PlexPushFrames(byte[] sections) {
        for (JsonNode section : json.readTree(sections).path("MediaContainer").path("Directory")) {
            sectionTitles.put(
                    section.path("key").asString(), section.path("title").asString());
        }
    }

    /** The item {@code listed} (a look-up by file that finds it) lists first. */
    Item item(String section, byte[] listed) {
        JsonNode metadata =
                json.readTree(listed).path("MediaContainer").path("Metadata").path(0);
        return new Item(
                section,
                metadata.path("ratingKey").asString(),
                TYPES.getOrDefault(metadata.path("type").asString(), 0),
                metadata.path("title").asString(),
                metadata.path("parentRatingKey").asString(null),
                metadata.path("grandparentRatingKey").asString(null));
    }

    String scanStarted(String uuid, String section) {
        return activity("started", uuid, section, "", 0, false);
    }

    String scanUpdated(String uuid, String section, String folderName) {
        return activity("updated", uuid, section, folderName, 50, true);
    }

    String scanEnded(String uuid, String section) {
        return activity("ended", uuid, section, "", 100, true);
    }

    String sectionStatus(String section) {
        ObjectNode status = json.createObjectNode()
                .put("title", "Scanning the \"" + sectionTitles.get(section) + "\" section")
                .put("description", "")
                .put("notificationName", "LIBRARY_UPDATE");
        return message("status", "StatusNotification", status);
    }

    String progress(String folderName) {
        return message(
                "progress", "ProgressNotification", json.createObjectNode().put("message", "Scanning " + folderName));
    }

    String created(Item item) {
        return timeline(item, 0, "created");
    }

    String processed(Item item) {
        return timeline(item, 5, null);
    }

    private String activity(
            String event, String uuid, String section, String subtitle, int progress, boolean namesSection) {
        ObjectNode notification = json.createObjectNode().put("event", event).put("uuid", uuid);
        ObjectNode activity = notification
                .putObject("Activity")
                .put("uuid", uuid)
                .put("type", SECTION_SCAN)
                .put("cancellable", false)
                .put("userID", 1)
                .put("title", "Scanning " + sectionTitles.get(section))
                .put("subtitle", subtitle)
                .put("progress", progress);
        if (namesSection) {
            activity.putObject("Context").put("librarySectionID", section);
        }
        return message("activity", "ActivityNotification", notification);
    }

    private String timeline(Item item, int state, String metadataState) {
        ObjectNode entry = json.createObjectNode()
                .put("identifier", LIBRARY)
                .put("sectionID", item.section())
                .put("itemID", item.itemId())
                .put("type", item.type())
                .put("title", item.title())
                .put("state", state);
        if (metadataState != null) {
            entry.put("metadataState", metadataState);
        }
        if (item.parentItemId() != null) {
            entry.put("parentItemID", item.parentItemId()).put("rootItemID", item.rootItemId());
        }
        entry.put("updatedAt", Instant.now().getEpochSecond());
        return message("timeline", "TimelineEntry", entry);
    }

    private String message(String type, String array, ObjectNode entry) {
        ObjectNode container = json.createObjectNode();
        container
                .putObject("NotificationContainer")
                .put("type", type)
                .put("size", 1)
                .putArray(array)
                .add(entry);
        return json.writeValueAsString(container);
    }
}

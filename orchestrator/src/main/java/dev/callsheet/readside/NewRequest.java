package dev.callsheet.readside;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.source.InstanceProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/requests}, checked: one media id, the seasons of a series, and the arr
 * instance it goes to once approved. Every problem is a {@link BadField} naming the field.
 *
 * @param seasons the listed season numbers, ascending; empty for a movie and for all or future seasons
 */
record NewRequest(MediaKey key, List<Integer> seasons, Requester requestedBy, LibraryOrder order) {

    /** What Callsheet writes as the request's {@code sourceEventType}. */
    static final String MADE_IN_CALLSHEET = "callsheet";

    private static final Set<String> FIELDS =
            Set.of("tmdbId", "tvdbId", "seasons", "fourK", "requestedBy", "instance", "qualityProfile", "rootFolder");

    /** The request {@code body} asks for, its instance checked against {@code instances}. */
    static NewRequest parse(JsonNode body, InstanceProperties instances) {
        if (body == null || !body.isObject()) {
            throw new BadField("body", "a JSON object is needed, such as {\"tmdbId\": 603}");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new BadField(name, "not a field of a request; the fields are " + new TreeSet<>(FIELDS));
            }
        }
        Long tmdbId = id(body, "tmdbId");
        Long tvdbId = id(body, "tvdbId");
        if (tmdbId == null && tvdbId == null) {
            throw new BadField("tmdbId", "give tmdbId for a movie or tvdbId for a series");
        }
        if (tmdbId != null && tvdbId != null) {
            throw new BadField("tvdbId", "give tmdbId for a movie or tvdbId for a series, not both");
        }
        boolean fourK = flag(body, "fourK");
        MediaKey key = tmdbId != null ? MediaKey.movie(tmdbId, fourK) : MediaKey.series(tvdbId, fourK);
        JsonNode seasonsNode = present(body, "seasons");
        if (key.type() == MediaType.MOVIE && seasonsNode != null) {
            throw new BadField("seasons", "a movie has no seasons");
        }
        LibraryOrder.Seasons choice = key.type() == MediaType.MOVIE ? LibraryOrder.Seasons.LISTED : choice(seasonsNode);
        List<Integer> seasons =
                choice == LibraryOrder.Seasons.LISTED && seasonsNode != null ? listed(seasonsNode) : List.of();
        String instance = instance(body, key, instances);
        var order = new LibraryOrder(instance, choice, text(body, "qualityProfile"), text(body, "rootFolder"));
        return new NewRequest(key, seasons, requester(body), order);
    }

    /** The fact that makes the request {@code id}. */
    RequestSubmitted fact(RequestId id) {
        boolean movie = key.type() == MediaType.MOVIE;
        var media = new MediaInfo(
                key.type(), null, null, movie ? key.id() : null, movie ? null : key.id(), null, key.fourK());
        return new RequestSubmitted(id, requestedBy, media, seasons, MADE_IN_CALLSHEET, order);
    }

    private static JsonNode present(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static Long id(JsonNode body, String field) {
        JsonNode node = present(body, field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
            throw new BadField(field, "a positive whole number is needed, got " + node);
        }
        return node.longValue();
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode node = present(body, field);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new BadField(field, "true or false is needed, got " + node);
        }
        return node.booleanValue();
    }

    private static String text(JsonNode body, String field) {
        return text(body, field, field);
    }

    /** @param name the field as a problem names it ({@code requestedBy.email}) */
    private static String text(JsonNode body, String field, String name) {
        JsonNode node = present(body, field);
        if (node == null) {
            return null;
        }
        if (!(node.isString() || node.isIntegralNumber()) || node.asString().isBlank()) {
            throw new BadField(name, "a name or an id is needed, got " + node);
        }
        return node.asString().strip();
    }

    /** A series without {@code seasons} asks for all of them. */
    private static LibraryOrder.Seasons choice(JsonNode seasons) {
        if (seasons == null) {
            return LibraryOrder.Seasons.ALL;
        }
        if (seasons.isArray()) {
            return LibraryOrder.Seasons.LISTED;
        }
        return switch (seasons.isString() ? seasons.stringValue() : "") {
            case "all" -> LibraryOrder.Seasons.ALL;
            case "future" -> LibraryOrder.Seasons.FUTURE;
            default ->
                throw new BadField("seasons", "season numbers, \"all\" or \"future\" are needed, got " + seasons);
        };
    }

    private static List<Integer> listed(JsonNode seasons) {
        var numbers = new TreeSet<Integer>();
        for (JsonNode season : seasons) {
            if (!season.isIntegralNumber() || !season.canConvertToInt() || season.intValue() < 0) {
                throw new BadField("seasons", "season numbers (0 for the specials) are needed, got " + season);
            }
            numbers.add(season.intValue());
        }
        if (numbers.isEmpty()) {
            throw new BadField("seasons", "name at least one season, or \"all\" or \"future\"");
        }
        return new ArrayList<>(numbers);
    }

    private static Requester requester(JsonNode body) {
        JsonNode node = present(body, "requestedBy");
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadField("requestedBy", "an object {\"username\": …, \"email\": …} is needed, got " + node);
        }
        String username = text(node, "username", "requestedBy.username");
        String email = text(node, "email", "requestedBy.email");
        if (username == null && email == null) {
            throw new BadField("requestedBy", "a username or an email is needed");
        }
        return new Requester(username, email);
    }

    /** The instance named, else {@code radarr}/{@code radarr4k} or {@code sonarr}/{@code sonarr4k} by {@code fourK}. */
    private static String instance(JsonNode body, MediaKey key, InstanceProperties instances) {
        boolean movie = key.type() == MediaType.MOVIE;
        SourceKind kind = movie ? SourceKind.RADARR : SourceKind.SONARR;
        String named = text(body, "instance");
        String instance = named != null ? named : kind.id() + (key.fourK() ? "4k" : "");
        if (instances.find(kind, instance).isEmpty()) {
            throw new BadField(
                    "instance",
                    named != null
                            ? "no %s instance '%s' is configured".formatted(movie ? "Radarr" : "Sonarr", instance)
                            : "no %s instance '%s' is configured: name one in instance"
                                    .formatted(movie ? "Radarr" : "Sonarr", instance));
        }
        return instance;
    }
}

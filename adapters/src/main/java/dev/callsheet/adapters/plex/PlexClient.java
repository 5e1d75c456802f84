package dev.callsheet.adapters.plex;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Drives one Plex Media Server through its HTTP API: which server it is, its library sections, a
 * scan of one folder, and the lookups that show whether Plex has indexed a file and matched it. The
 * endpoint's key is the server's {@code X-Plex-Token}, sent as a header on every call and never in
 * the query string; {@code Accept: application/json} makes Plex answer JSON instead of XML. Every
 * call fails with {@link AdapterFailure} when Plex cannot give a usable answer: UNAUTHORIZED for a
 * token Plex refuses (401), REJECTED for a section it does not know (404, not verified), UNREADABLE
 * naming the call and the field for an answer that is not the JSON Plex sends. The client never
 * retries.
 */
public final class PlexClient {

    private static final TypeReference<MediaContainer<MediaContainer.Identity>> IDENTITY = new TypeReference<>() {};
    private static final TypeReference<MediaContainer<MediaContainer.Sections>> SECTIONS = new TypeReference<>() {};
    private static final TypeReference<MediaContainer<MediaContainer.Items>> ITEMS = new TypeReference<>() {};

    private static final Pattern WINDOWS_PATH = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\\\\\)");

    private final JsonApi api;
    private final ApiEndpoint endpoint;

    /** {@code endpoint}'s base URL is the server's ({@code http://plex:32400}), its key the token. */
    public PlexClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        // Plex answers 401 to a token it refuses: the usual reading of statuses fits.
        Consumer<HttpHeaders> token = headers -> headers.set("X-Plex-Token", endpoint.apiKey());
        this.api = new JsonApi("Plex", endpoint, webClient, AdapterFailure.Kind::ofStatus, token);
        this.endpoint = endpoint;
    }

    /** {@code GET /identity}: the server's machine identifier and version. */
    public Mono<PlexIdentity> identity() {
        return api.get(IDENTITY, answer -> answer.require().toIdentity(), "/identity");
    }

    /** {@code GET /library/sections}: every library section with its folders. */
    public Mono<List<PlexSection>> sections() {
        return api.get(SECTIONS, answer -> answer.require().toSections(), "/library/sections");
    }

    /**
     * {@code GET /library/sections/{sectionKey}/refresh?path={folder}}: asks Plex to scan one folder of
     * the section, as Plex sees it; the path is percent-encoded whole, slashes included. Plex only
     * queues the scan and answers 200 with no body at once, also for a folder outside the section or
     * one that does not exist: completion proves nothing about the file, a lookup does. No {@code
     * force=1}: that would re-download every item's metadata.
     */
    public Mono<Void> refresh(String sectionKey, String folder) {
        requireText(sectionKey, "sectionKey");
        requireText(folder, "folder");
        // Plex answers 200 with no body (Sonarr's own Plex connection counts exactly that as success).
        return api.trigger("/library/sections/{key}/refresh?path={path}", sectionKey, folder);
    }

    /**
     * {@code GET /library/sections/{sectionKey}/all?type=1|4&file={name}&includeGuids=1}: the movies or
     * episodes of the section one of whose files has {@code file}'s name. Only the name is sent,
     * percent-encoded, as media_preview_generator does; Plex's {@code file=} is probably a substring
     * match (not verified), so the caller compares {@link PlexItem#files()} with the full path. Plex
     * answers 500 without a type (not verified), hence only movies and episodes can be looked up.
     *
     * @param file the file's path as Plex sees it (a Windows path split at {@code \} too), or its name
     */
    public Mono<List<PlexItem>> findByFile(String sectionKey, PlexItemType type, String file) {
        requireText(sectionKey, "sectionKey");
        if (type != PlexItemType.MOVIE && type != PlexItemType.EPISODE) {
            throw new IllegalArgumentException("only movies and episodes are looked up by file: " + type);
        }
        String name = fileName(requireText(file, "file"));
        return api.get(
                ITEMS,
                answer -> answer.require().toItems(),
                "/library/sections/{key}/all?type={type}&file={name}&includeGuids=1",
                sectionKey,
                type.number(),
                name);
    }

    /**
     * {@code GET /library/metadata/{ratingKey}?skipRefresh=1}: one item with its {@code Guid[]}, which
     * single-item answers carry without being asked; empty when Plex does not know the key (404).
     * {@code skipRefresh=1} asks Plex not to refresh local media and analysis because of the call, as
     * python-plexapi does when it reloads; its effect is not verified.
     */
    public Mono<Optional<PlexItem>> metadata(String ratingKey) {
        requireText(ratingKey, "ratingKey");
        return api.find(
                        ITEMS,
                        answer -> answer.require().toItems().stream().findFirst(),
                        "/library/metadata/{ratingKey}?skipRefresh=1",
                        ratingKey)
                .map(found -> found.flatMap(Function.identity()));
    }

    /**
     * {@code GET /library/metadata/{showRatingKey}/allLeaves?includeGuids=1}: every episode of a show,
     * with season and episode numbers and files: the lookup for an episode when {@link #findByFile}
     * fails. Empty when Plex does not know the show (404). Whether this listing needs {@code
     * includeGuids=1} for {@code Guid[]} like the others is not verified; it is sent.
     */
    public Mono<List<PlexItem>> allLeaves(String showRatingKey) {
        requireText(showRatingKey, "showRatingKey");
        return api.find(
                        ITEMS,
                        answer -> answer.require().toItems(),
                        "/library/metadata/{ratingKey}/allLeaves?includeGuids=1",
                        showRatingKey)
                .map(found -> found.orElse(List.of()));
    }

    @Override
    public String toString() {
        return "PlexClient[" + endpoint.displayUrl() + "]";
    }

    static String fileName(String file) {
        int slash = file.lastIndexOf('/');
        int cut = WINDOWS_PATH.matcher(file).find() ? Math.max(slash, file.lastIndexOf('\\')) : slash;
        String name = file.substring(cut + 1);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the file has no name: " + file);
        }
        return name;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }
}

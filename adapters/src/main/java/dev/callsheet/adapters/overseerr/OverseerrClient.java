package dev.callsheet.adapters.overseerr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import java.util.Optional;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Reads requests from one Overseerr instance (or Jellyseerr, Seerr: same paths) through its API v1,
 * and approves or declines them. Every call fails with {@link AdapterFailure} when Overseerr cannot give a usable answer.
 */
public final class OverseerrClient {

    private static final TypeReference<MediaRequest> REQUEST = new TypeReference<>() {};
    private static final TypeReference<StatusResponse> STATUS = new TypeReference<>() {};
    private static final TypeReference<UserNotificationSettings> USER_NOTIFICATIONS = new TypeReference<>() {};

    private final JsonApi api;
    private final ApiEndpoint endpoint;

    /** {@code endpoint}'s base URL is the server's, without {@code /api/v1}. */
    public OverseerrClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        this.api = new JsonApi("Overseerr", endpoint, webClient, OverseerrClient::kindOfStatus);
        this.endpoint = endpoint;
    }

    /** Request {@code requestId} as Overseerr has it now, or empty when there is no such request. */
    public Mono<Optional<OverseerrRequest>> findRequest(long requestId) {
        requirePositive(requestId);
        return api.find(REQUEST, MediaRequest::toRequest, "/api/v1/request/{requestId}", requestId);
    }

    /**
     * {@code POST /api/v1/request/{id}/approve}: approves request {@code requestId} and answers it
     * as saved, {@link OverseerrRequestStatus#APPROVED}; Overseerr then sends it to Radarr or Sonarr.
     * Overseerr approves whatever the request's status, an approved one again (and sends it again):
     * read it first with {@link #findRequest} and approve only one still {@link
     * OverseerrRequestStatus#PENDING}. A request Overseerr does not have is a {@link
     * Kind#REJECTED} failure (HTTP 404), as is any failure while Overseerr saves it: every fork
     * answers both with the same 404.
     */
    public Mono<OverseerrRequest> approve(long requestId) {
        return decide(requestId, "approve");
    }

    /**
     * {@code POST /api/v1/request/{id}/decline}: declines request {@code requestId} and answers it as
     * saved, {@link OverseerrRequestStatus#DECLINED}; as with {@link #approve}, whatever its status
     * was, and a request Overseerr does not have is a {@link Kind#REJECTED} failure.
     */
    public Mono<OverseerrRequest> decline(long requestId) {
        return decide(requestId, "decline");
    }

    /**
     * {@code GET /api/v1/user/{userId}/settings/notifications}: the Discord id and Telegram chat id user
     * {@code userId} gave Overseerr, or empty when Overseerr has no such user (404 "User not found.").
     * The API key acts as the owner (user 1), whom every fork lets read any user's settings.
     */
    public Mono<Optional<UserAddresses>> notificationSettings(long userId) {
        if (userId <= 0) {
            throw new IllegalArgumentException("userId must be positive: " + userId);
        }
        return api.find(
                USER_NOTIFICATIONS,
                UserNotificationSettings::toAddresses,
                "/api/v1/user/{userId}/settings/notifications",
                userId);
    }

    /**
     * The version the server reports of itself: Overseerr's ({@code "1.33.2"}), Jellyseerr's ({@code
     * "2.7.3"}) or Seerr's ({@code "3.1.0"}), as it writes it; an answer without one is unreadable.
     * The forks share the path and the field, so the version alone does not say which fork answers.
     */
    public Mono<String> version() {
        return api.get(STATUS, StatusResponse::toVersion, "/api/v1/status");
    }

    // The route takes no body; the forks validate requests against their OpenAPI file, which gives it none.
    private Mono<OverseerrRequest> decide(long requestId, String decision) {
        requirePositive(requestId);
        return api.postEmpty(
                REQUEST, MediaRequest::toRequest, "/api/v1/request/{requestId}/{decision}", requestId, decision);
    }

    private static void requirePositive(long requestId) {
        if (requestId <= 0) {
            throw new IllegalArgumentException("requestId must be positive: " + requestId);
        }
    }

    @Override
    public String toString() {
        return "OverseerrClient[" + endpoint.displayUrl() + "]";
    }

    // Overseerr never answers 401: a key it does not know leaves the call without a user, and its
    // auth check answers 403 for that. So does a valid key before the setup wizard has created
    // user 1. Either way the key does not work, and retrying will not change that.
    private static Kind kindOfStatus(int status) {
        return status == 403 ? Kind.UNAUTHORIZED : Kind.ofStatus(status);
    }
}

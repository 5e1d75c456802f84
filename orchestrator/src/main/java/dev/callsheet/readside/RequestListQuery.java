package dev.callsheet.readside;

import dev.callsheet.events.MediaType;
import dev.callsheet.request.Attention;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of {@code GET /api/requests}: filtered by state, type and attention, newest first
 * (created time, then id), continued after an opaque cursor that names the last request of the
 * previous page.
 *
 * @param attention the attention kinds a request must show one of; empty for no filter
 * @param anyAttention whether a request must show some attention, whatever its kind ({@code
 *     attention=any}): the stuck requests
 */
record RequestListQuery(
        Set<RequestState> states,
        MediaType type,
        Set<Attention.Kind> attention,
        boolean anyAttention,
        int limit,
        Position after) {

    private static final String ANY = "any";

    static final int MAX_LIMIT = 500;

    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(
                    Position::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Position::id)
            .reversed();

    static RequestListQuery of(List<String> states, String type, List<String> attention, int limit, String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        List<String> kinds = values(attention);
        boolean any = kinds.stream().anyMatch(ANY::equalsIgnoreCase);
        return new RequestListQuery(
                parseStates(states),
                parseType(type),
                any ? Set.of() : parseKinds(kinds),
                any,
                limit,
                cursor == null ? null : Position.decode(cursor));
    }

    RequestPage page(List<RequestView> all) {
        var matching = all.stream()
                .filter(view -> states.isEmpty() || states.contains(view.state()))
                .filter(view -> type == null || view.mediaKey().type() == type)
                .filter(this::showsAttention)
                .sorted(Comparator.comparing(Position::of, NEWEST_FIRST))
                .filter(view -> after == null || NEWEST_FIRST.compare(Position.of(view), after) > 0)
                .limit(limit + 1L)
                .toList();
        var page = matching.subList(0, Math.min(limit, matching.size()));
        String next = matching.size() > limit ? Position.of(page.getLast()).encode() : null;
        return new RequestPage(page, next);
    }

    /**
     * One page from the pages each instance answered for this query. An instance that had more than
     * a page means the merged page is not the last either.
     */
    RequestPage merge(List<RequestPage> pages) {
        var merged =
                page(pages.stream().flatMap(page -> page.requests().stream()).toList());
        boolean more = merged.next() != null || pages.stream().anyMatch(page -> page.next() != null);
        String next = more && !merged.requests().isEmpty()
                ? Position.of(merged.requests().getLast()).encode()
                : null;
        return new RequestPage(merged.requests(), next);
    }

    private boolean showsAttention(RequestView view) {
        if (anyAttention) {
            return !view.attention().isEmpty();
        }
        return attention.isEmpty() || view.attention().stream().anyMatch(a -> attention.contains(a.kind()));
    }

    /** Repeated parameters and comma-separated values alike. */
    private static List<String> values(List<String> parameter) {
        if (parameter == null) {
            return List.of();
        }
        return parameter.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static Set<Attention.Kind> parseKinds(List<String> kinds) {
        try {
            return kinds.stream()
                    .map(kind -> Attention.Kind.valueOf(kind.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw badRequest("unknown kind in attention=" + String.join(",", kinds) + "; attention takes " + ANY
                    + " or kinds of " + java.util.Arrays.toString(Attention.Kind.values()));
        }
    }

    private static Set<RequestState> parseStates(List<String> states) {
        if (states == null) {
            return Set.of();
        }
        try {
            return states.stream()
                    .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                    .filter(value -> !value.isBlank())
                    .map(RequestState::fromId)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw badRequest("unknown state in " + states + "; states are "
                    + java.util.Arrays.stream(RequestState.values())
                            .map(RequestState::id)
                            .toList());
        }
    }

    private static MediaType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "movie" -> MediaType.MOVIE;
            case "series", "tv" -> MediaType.SERIES;
            default -> throw badRequest("type must be movie or series, not " + type);
        };
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    /** Where a page ended: the last request's creation time and id. */
    record Position(Instant createdAt, String id) {

        static Position of(RequestView view) {
            return new Position(view.createdAt(), view.id().value());
        }

        static Position decode(String cursor) {
            try {
                var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                var created = text.substring(0, bar);
                return new Position(created.isEmpty() ? null : Instant.parse(created), text.substring(bar + 1));
            } catch (RuntimeException e) {
                throw badRequest("cursor is not one this API handed out");
            }
        }

        String encode() {
            var text = (createdAt == null ? "" : createdAt.toString()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

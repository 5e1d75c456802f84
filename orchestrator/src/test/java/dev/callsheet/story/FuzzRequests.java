package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.story.FuzzTarget.Body;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;

/**
 * Generates the requests of one endpoint's fuzzing. Request {@code index} depends only on the seed,
 * the endpoint and the index, so any one failing case can be made again alone. The kinds of request
 * take turns in a fixed round, so that every endpoint gets each kind whatever the seed.
 */
final class FuzzRequests {

    enum Kind {
        STRUCTURE,
        BYTES,
        BREAKAGE,
        RANDOM,
        CHARSET,
        WRONG_TYPE,
        ODD_TYPE,
        CREDENTIAL,
        SIZE,
        VALID
    }

    static final List<Kind> ROUND = Stream.of(
                    Collections.nCopies(5, Kind.STRUCTURE),
                    Collections.nCopies(3, Kind.BYTES),
                    Collections.nCopies(3, Kind.BREAKAGE),
                    Collections.nCopies(2, Kind.RANDOM),
                    Collections.nCopies(2, Kind.CHARSET),
                    List.of(Kind.WRONG_TYPE, Kind.ODD_TYPE, Kind.CREDENTIAL, Kind.SIZE, Kind.VALID))
            .flatMap(List::stream)
            .toList();

    private final FuzzTarget target;
    private final List<byte[]> seeds;
    private final long seed;
    private final int maxBody;

    FuzzRequests(FuzzTarget target, long seed, int maxBody) {
        this.target = target;
        this.seeds = target.seeds();
        this.seed = seed;
        this.maxBody = maxBody;
    }

    FuzzRequest generate(int index) {
        RandomGenerator random =
                new SplittableRandom(seed ^ (target.ordinal() * 0x9E3779B97F4A7C15L) ^ (index * 0xBF58476D1CE4E5B9L));
        Kind kind = ROUND.get(index % ROUND.size());
        int round = index / ROUND.size();
        int pick = random.nextInt(seeds.size());
        byte[] real = seeds.get(pick);
        var described = new StringBuilder(kind + " of seed " + pick + ": ");
        var request = new Draft(target, random);
        switch (kind) {
            case STRUCTURE -> request.body = wrap(structure(real, random, described), random);
            case BYTES ->
                request.body = random.nextBoolean()
                        ? ByteMutations.mutate(wrap(real, random), random, described)
                        : wrap(ByteMutations.mutate(real, random, described), random);
            case BREAKAGE -> request.body = breakage(real, random, described, request);
            case RANDOM -> request.body = wrap(ByteMutations.random(random), random);
            case CHARSET -> {
                var encoded = ByteMutations.reencode(real, random);
                described.append(encoded.description());
                request.body = wrap(encoded.bytes(), random);
                if (target.body != Body.PLEX) {
                    request.contentType = target.body.contentType + "; charset=" + encoded.charset();
                }
            }
            case WRONG_TYPE -> {
                request.contentType = ContentTypes.wrong(target.body, random);
                request.body = wrap(real, random);
            }
            case ODD_TYPE -> {
                request.contentType = ContentTypes.odd(target.body, random);
                request.body = wrap(real, random);
            }
            case CREDENTIAL -> {
                request.body = wrap(real, random);
                Credentials.vary(request, round % 2 == 0, random, described);
            }
            case SIZE -> size(real, round, described, request);
            case VALID -> request.body = wrap(real, random);
        }
        described.append(" [contentType=").append(request.contentType).append("]");
        return request.toRequest(described.toString());
    }

    private byte[] structure(byte[] real, RandomGenerator random, StringBuilder described) {
        return target.body == Body.FORM
                ? FormMutations.mutate(real, random, described)
                : JsonMutations.mutate(real, random, described);
    }

    private byte[] breakage(byte[] real, RandomGenerator random, StringBuilder described, Draft request) {
        return switch (target.body) {
            case JSON -> JsonBreakage.of(real, random, described);
            case PLEX -> {
                var contentType = new StringBuilder();
                byte[] body = PlexBodies.broken(real, random, described, contentType);
                request.contentType = contentType.toString();
                yield body;
            }
            case FORM ->
                random.nextInt(4) == 0
                        ? FormMutations.manyFields(random, described)
                        : FormMutations.breakEncoding(real, random, described);
        };
    }

    /**
     * Bodies at and around the limit, one kind per round: one byte under it, at it with and without
     * {@code Content-Length}, one byte over it both ways, and at it but no webhook or not well-formed.
     */
    private void size(byte[] real, int round, StringBuilder described, Draft request) {
        int variant = round % 7;
        int size =
                switch (variant) {
                    case 0 -> maxBody - 1;
                    case 3, 4 -> maxBody + 1;
                    default -> maxBody;
                };
        request.chunked = variant == 2 || variant == 4;
        described.append(size).append(" bytes");
        request.body = switch (variant) {
            case 5 -> {
                described.append(", no webhook");
                yield switch (target.body) {
                    case JSON -> AtSize.jsonString(size);
                    case PLEX -> AtSize.plex(AtSize.jsonString(size / 2), size);
                    case FORM -> AtSize.form("a=b".getBytes(UTF_8), size);
                };
            }
            case 6 -> {
                described.append(", not well-formed");
                yield target.body == Body.PLEX
                        ? AtSize.plex(AtSize.broken(real), size)
                        : AtSize.broken(grown(real, size));
            }
            default -> grown(real, size);
        };
    }

    private byte[] grown(byte[] real, int size) {
        return switch (target.body) {
            case JSON -> AtSize.json(real, size);
            case PLEX -> AtSize.plex(real, size);
            case FORM -> AtSize.form(real, size);
        };
    }

    /** For Plex, the JSON goes into a multipart body as Plex sends it; other endpoints take it as it is. */
    private byte[] wrap(byte[] payload, RandomGenerator random) {
        return target.body == Body.PLEX ? PlexBodies.of(payload, random.nextInt(4_096)) : payload;
    }

    /** A request being made; each kind changes what it is about. */
    static final class Draft {
        HttpMethod method;
        String uri;
        String contentType;
        String authorization;
        byte[] body;
        boolean chunked;

        Draft(FuzzTarget target, RandomGenerator random) {
            this.method = target.acceptsPut() && random.nextInt(4) == 0 ? HttpMethod.PUT : HttpMethod.POST;
            this.uri = target.uri();
            this.contentType = target.contentType();
            this.authorization = target.authorization();
            this.chunked = random.nextInt(5) == 0;
        }

        FuzzRequest toRequest(String description) {
            return new FuzzRequest(description, method, uri, contentType, authorization, body, chunked);
        }
    }
}

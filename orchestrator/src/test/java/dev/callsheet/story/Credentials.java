package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/** Credentials that are wrong, malformed or oversized; and right ones written as senders may write them. */
final class Credentials {

    /** Request heads longer than this may exceed Netty's limits (4 KiB request line, 8 KiB headers). */
    private static final int HEAD_LIMIT = 4_000;

    private Credentials() {}

    /** @param wrong whether to present a wrong credential, or the right one written oddly */
    static void vary(FuzzRequests.Draft request, boolean wrong, RandomGenerator random, StringBuilder described) {
        if (request.authorization == null) {
            request.uri = plexToken(request.uri, wrong, random);
            described.append(request.uri.length() > 100 ? request.uri.length() + " characters of URI" : request.uri);
        } else {
            List<String> choices = wrong ? wrong(request.authorization, random) : oddButRight(request.authorization);
            request.authorization = choices.get(random.nextInt(choices.size()));
            String shown = request.authorization == null ? "none" : request.authorization;
            described.append("Authorization ").append(shown.length() > 60 ? shown.length() + " characters" : shown);
        }
        if (request.uri.length() + (request.authorization == null ? 0 : request.authorization.length()) > HEAD_LIMIT) {
            // The server refuses such a head before reading the body and closes the connection; a body still
            // being sent then resets it, and the refusal is lost. That is the HTTP server's way, not intake's.
            described.append(", without a body");
            request.body = new byte[0];
        }
    }

    private static List<String> wrong(String right, RandomGenerator random) {
        byte[] noise = new byte[random.nextInt(64)];
        random.nextBytes(noise);
        String scheme = right.substring(0, right.indexOf(' ') + 1);
        return Arrays.asList(
                null,
                "",
                scheme.strip(),
                scheme,
                scheme + "!!!!",
                scheme + Base64.getEncoder().encodeToString(noise),
                scheme + Base64.getEncoder().encodeToString("arr".getBytes(UTF_8)),
                scheme + Base64.getEncoder().encodeToString(":".getBytes(UTF_8)),
                "Digest username=\"arr\"",
                right + "x",
                right.substring(0, right.length() - 1),
                scheme + "x".repeat(7_000),
                // Past the server's header limit: it must still answer, with a 4xx.
                scheme + "x".repeat(20_000));
    }

    private static List<String> oddButRight(String right) {
        if (right.equals(RunningCallsheet.OVERSEERR_AUTHORIZATION)) {
            // Overseerr's header is compared verbatim: only the exact value is right.
            return List.of(right);
        }
        int space = right.indexOf(' ');
        String scheme = right.substring(0, space);
        String credential = right.substring(space + 1);
        return List.of(
                scheme.toLowerCase() + " " + credential,
                scheme.toUpperCase() + " " + credential,
                scheme + " " + credential + "  ",
                scheme + " " + credential + "\t");
    }

    private static String plexToken(String uri, boolean wrong, RandomGenerator random) {
        String path = uri.substring(0, uri.indexOf('?'));
        String token = RunningCallsheet.PLEX_TOKEN;
        List<String> queries = wrong
                ? List.of(
                        "",
                        "?token",
                        "?token=",
                        "?token=wrong",
                        "?TOKEN=" + token,
                        "?token=" + token + "x",
                        "?token=wrong&token=" + token,
                        "?token=%00",
                        "?token=" + "x".repeat(6_000))
                : List.of(
                        "?token=" + token + "&token=wrong",
                        "?token=" + token.replace("-", "%2D"),
                        "?other=1&token=" + token,
                        "?token=" + token + "&");
        return path + queries.get(random.nextInt(queries.size()));
    }
}

package dev.callsheet.story;

import dev.callsheet.story.FuzzTarget.Body;
import java.util.List;
import java.util.random.RandomGenerator;

/** Content-Type headers that are wrong for an endpoint, or right but written oddly. */
final class ContentTypes {

    private static final List<String> WRONG = List.of(
            "text/plain",
            "application/xml",
            "application/octet-stream",
            "text/json",
            "*/*",
            "application/*",
            "application",
            "/",
            ";",
            "",
            "application/json/extra",
            "multipart/mixed; boundary=x",
            "application/x-www-form-urlencodedx",
            "image/jpeg; charset=utf-8");

    private static final List<String> PARAMETERS = List.of(
            "",
            ";charset=UTF-8",
            "; charset=\"utf-8\"",
            "; charset=bogus-42",
            "; charset=",
            "; charset=utf-8; charset=iso-8859-1",
            ";;;",
            "; a=b; a=c",
            "; q=0.5",
            " ;",
            "; x=\"unterminated",
            "; =novalue",
            "; charset*=UTF-8''utf-8");

    private ContentTypes() {}

    /** A type the endpoint refuses, or none at all. */
    static String wrong(Body body, RandomGenerator random) {
        int pick = random.nextInt(WRONG.size() + 3);
        if (pick == WRONG.size()) {
            return null;
        }
        if (pick == WRONG.size() + 1) {
            // Another endpoint's type: the likeliest mistake in a sender's set-up.
            return (body == Body.JSON ? Body.FORM : Body.JSON).contentType;
        }
        if (pick == WRONG.size() + 2) {
            return printable(random);
        }
        return WRONG.get(pick);
    }

    /** The endpoint's own type in another case, with odd parameters or a vendor's suffix. */
    static String odd(Body body, RandomGenerator random) {
        String type =
                switch (body) {
                    case JSON ->
                        List.of(
                                        "application/json",
                                        "APPLICATION/JSON",
                                        "application/vnd.radarr.v3+json",
                                        "application/problem+json")
                                .get(random.nextInt(4));
                    case PLEX ->
                        random.nextBoolean()
                                ? PlexBodies.contentType()
                                : PlexBodies.contentType().toUpperCase();
                    case FORM -> random.nextBoolean() ? body.contentType : body.contentType.toUpperCase();
                };
        return type + PARAMETERS.get(random.nextInt(PARAMETERS.size()));
    }

    private static String printable(RandomGenerator random) {
        var text = new StringBuilder();
        int length = 1 + random.nextInt(200);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5F)));
        }
        return text.toString();
    }
}

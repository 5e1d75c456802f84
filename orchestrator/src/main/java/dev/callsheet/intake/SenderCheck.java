package dev.callsheet.intake;

import dev.callsheet.intake.credential.BasicCredential;
import dev.callsheet.intake.credential.Secret;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * How a sender proves who it is. Checked before anything else about the request, so that a
 * stranger learns nothing about sizes, types or instances.
 */
@FunctionalInterface
interface SenderCheck {

    /** @throws ErrorResponseException 401 when the request does not carry the credential */
    void verify(ServerRequest request);

    /** Overseerr sends its configured Authorization Header verbatim. */
    static SenderCheck authorizationHeader(Secret expected, String property) {
        return request -> {
            String presented = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
            if (presented == null) {
                throw IntakeProblems.unauthorized("the request has no Authorization header; set the webhook's"
                        + " Authorization Header to the value of " + property);
            }
            if (!expected.matches(presented)) {
                throw IntakeProblems.unauthorized("the Authorization header is not the value of " + property);
            }
        };
    }

    /** Radarr and Sonarr send HTTP Basic pre-emptively when the connection has a user name or password. */
    static SenderCheck basic(BasicCredential expected, String usernameProperty, String passwordProperty) {
        String properties = usernameProperty + " and " + passwordProperty;
        return request -> {
            String presented = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
            if (presented == null) {
                throw IntakeProblems.basicChallenge("the request has no HTTP Basic credentials; set the webhook's"
                        + " Username and Password to the values of " + properties);
            }
            if (!expected.matches(presented)) {
                throw IntakeProblems.basicChallenge("the Username and Password are not the values of " + properties);
            }
        };
    }

    /**
     * Callsheet's download client scripts send {@code Authorization: Bearer <token>}; the scheme is
     * case-insensitive (RFC 9110), the token is compared in constant time.
     */
    static SenderCheck bearer(Secret expected, String property) {
        String scheme = "Bearer ";
        return request -> {
            String presented = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
            if (presented == null) {
                throw IntakeProblems.bearerChallenge(
                        "the request has no Authorization header; send" + " Authorization: Bearer with the value of "
                                + property + ", the token of Callsheet's scripts");
            }
            boolean bearer = presented.regionMatches(true, 0, scheme, 0, scheme.length());
            if (!bearer
                    || !expected.matches(presented.substring(scheme.length()).trim())) {
                throw IntakeProblems.bearerChallenge(
                        "the Authorization header is not Bearer with the value of " + property);
            }
        };
    }

    /** Plex cannot send headers, so its webhook URL carries a token in the query. */
    static SenderCheck queryToken(Secret expected, String property) {
        return request -> {
            String presented = request.queryParam("token").orElse(null);
            if (presented == null) {
                throw IntakeProblems.unauthorized("the URL has no token parameter; add ?token= with the value of "
                        + property + " to the webhook URL");
            }
            if (!expected.matches(presented)) {
                throw IntakeProblems.unauthorized("the URL's token is not the value of " + property);
            }
        };
    }
}

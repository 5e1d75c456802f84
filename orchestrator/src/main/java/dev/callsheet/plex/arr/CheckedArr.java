package dev.callsheet.plex.arr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.servarr.ArrPlexConnection;
import dev.callsheet.adapters.servarr.ServarrClient;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** One arr to ask, with the client that asks it. */
record CheckedArr(ArrName arr, ApiEndpoint endpoint, ServarrClient client) {

    /**
     * Asks the arr once, on the calling thread. The client bounds connecting and each wait for the
     * answer by the instance's timeout; twice that bounds the whole call, so that an answer trickling
     * in cannot hold the check forever.
     */
    ArrPlexCheck check(Clock clock) {
        Duration limit = endpoint.timeout().multipliedBy(2);
        try {
            var connections = client.plexConnections()
                    .timeout(
                            limit,
                            Mono.error(() -> new AdapterFailure(
                                    AdapterFailure.Kind.UNREACHABLE,
                                    arr.label() + " at " + endpoint.displayUrl() + " did not answer within "
                                            + limit.toMillis() + " ms",
                                    null)))
                    .block();
            return new ArrPlexCheck.Answered(clock.instant(), ArrPlexConnection.scanningOnImport(connections));
        } catch (RuntimeException e) {
            // AdapterFailure's messages leave the key out already; anything else is redacted here.
            String reason =
                    e instanceof AdapterFailure ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new ArrPlexCheck.CouldNotCheck(clock.instant(), endpoint.redact(reason));
        }
    }
}

package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A requester's ledger: each request once, at its first time, pruned by the requests' own times. */
class RequesterLedgerTest {

    private static final Instant T0 = Instant.parse("2024-06-01T10:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);

    @Test
    void keepsEachRequestOnceAtTheTimeItWasFirstHeardOf() {
        var ledger = RequesterLedger.EMPTY
                .with(entry(1, T0.plusSeconds(60)), MONTH)
                .with(entry(1, T0), MONTH)
                .with(entry(1, T0.plusSeconds(120)), MONTH);

        assertThat(ledger.entries()).containsExactly(entry(1, T0));
    }

    @Test
    void letsGoOfRequestsMadeLongerAgoThanItKeepsBeforeTheNewest() {
        var ledger = RequesterLedger.EMPTY
                .with(entry(1, T0), MONTH)
                .with(entry(2, T0.plus(Duration.ofDays(20))), MONTH)
                .with(entry(3, T0.plus(Duration.ofDays(31))), MONTH);

        assertThat(ids(ledger)).containsExactly("overseerr-2", "overseerr-3");
    }

    @Test
    void keepsTheNewestRequestsUpToItsBound() {
        var ledger = RequesterLedger.EMPTY;
        for (int i = 0; i <= RequesterLedger.MAX_ENTRIES; i++) {
            ledger = ledger.with(entry(i, T0.plusSeconds(i)), MONTH);
        }

        assertThat(ledger.entries()).hasSize(RequesterLedger.MAX_ENTRIES);
        assertThat(ledger.entries().getFirst()).isEqualTo(entry(1, T0.plusSeconds(1)));
    }

    @Test
    void aRequestersLedgerIsTheUnionOfTheirIdentities() {
        var byName = RequesterLedger.EMPTY.with(entry(1, T0), MONTH).with(entry(2, T0.plusSeconds(60)), MONTH);
        var byMail =
                RequesterLedger.EMPTY.with(entry(2, T0.plusSeconds(30)), MONTH).with(entry(3, T0), MONTH);

        var merged = byName.merged(byMail);

        assertThat(merged.entries()).containsExactly(entry(1, T0), entry(3, T0), entry(2, T0.plusSeconds(30)));
        assertThat(merged.madeBetween(T0, T0.plusSeconds(30), RequestId.overseerr(3)))
                .isEqualTo(2);
    }

    @Test
    void namesARequesterByUserNameAndEMailInLowerCase() {
        assertThat(RequesterLedger.identities(new Requester(" Alice ", "Alice@Example.org")))
                .containsExactly("name:alice", "mail:alice@example.org");
        assertThat(RequesterLedger.identities(new Requester("", null))).isEmpty();
        assertThat(RequesterLedger.identities(null)).isEmpty();
    }

    private static RequesterLedger.Entry entry(long id, Instant at) {
        return new RequesterLedger.Entry(RequestId.overseerr(id), at);
    }

    private static List<String> ids(RequesterLedger ledger) {
        return ledger.entries().stream().map(e -> e.requestId().value()).toList();
    }
}

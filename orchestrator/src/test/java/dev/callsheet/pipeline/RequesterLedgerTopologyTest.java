package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.ApproveOverseerrRequest;
import dev.callsheet.request.ApprovalRule;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.RequesterLedger;
import dev.callsheet.request.TimelineEntry;
import dev.callsheet.source.InstanceProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requester ledger: the facts that make requests, repartitioned by requester, kept per identity
 * and read back by the decider from the global store, where a quota rule counts them.
 */
class RequesterLedgerTopologyTest {

    private static final ApprovalRules ALICE_WEEKLY = new ApprovalRules(List.of(new ApprovalRule(
            "alice weekly",
            List.of("alice"),
            null,
            null,
            new ApprovalRule.Quota(1, 7),
            ApprovalRule.Action.APPROVE,
            null)));

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;
    private KeyValueStore<String, RequesterLedger> ledgers;

    @BeforeEach
    void start() {
        pipeline = new PipelineDriver(
                stateDir, PipelineProperties.defaults(), new InstanceProperties(Map.of()), ALICE_WEEKLY);
        ledgers = pipeline.driver.getKeyValueStore(StoreNames.REQUESTER_LEDGER);
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void keepsEachRequestUnderTheRequestersNameAndEMail() {
        pipeline.deliver(SourceKind.OVERSEERR, "story/overseerr-media-pending-movie.json");
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-pending-movie-4k.json");

        assertThat(requests("name:alice")).containsExactly("overseerr-127", "overseerr-133");
        assertThat(requests("mail:alice@example.com")).containsExactly("overseerr-127", "overseerr-133");
        assertThat(ledgers.get("name:alice").entries().getFirst().at()).isEqualTo(PipelineDriver.T0);
    }

    @Test
    void countsOnlyTheFactsThatMakeARequest() {
        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-approved-tv.json");
        assertThat(ledgers.get("name:bob")).isNull();

        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-auto-approved-movie.json");
        assertThat(requests("name:alice")).containsExactly("overseerr-127");
    }

    @Test
    void aQuotaRuleApprovesTheFirstRequestAndLeavesTheNextToAnAdmin() {
        pipeline.deliver(SourceKind.OVERSEERR, "story/overseerr-media-pending-movie.json");

        var approval = pipeline.commands.readKeyValue();
        assertThat(approval.key).isEqualTo("movie:tmdb:693134");
        assertThat(approval.value).isInstanceOfSatisfying(ApproveOverseerrRequest.class, approve -> {
            assertThat(approve.overseerrRequestId()).isEqualTo(127);
            assertThat(approve.id()).startsWith("rule:overseerr-127:").endsWith(":overseerr");
        });
        assertThat(summaries()).contains("Request overseerr-127 approved by rule 'alice weekly'");

        pipeline.deliver(SourceKind.OVERSEERR, "payloads/overseerr-media-pending-movie-4k.json");

        assertThat(pipeline.commands.isEmpty()).isTrue();
        assertThat(pipeline.requests.readValuesToList())
                .filteredOn(view -> view.id().equals(RequestId.overseerr(133)))
                .last()
                .satisfies(view -> assertThat(view.awaitsDecision()).isTrue());
    }

    private List<String> requests(String identity) {
        return ledgers.get(identity).entries().stream()
                .map(entry -> entry.requestId().value())
                .toList();
    }

    private List<String> summaries() {
        return pipeline.timeline.readValuesToList().stream()
                .map(TimelineEntry::summary)
                .toList();
    }
}

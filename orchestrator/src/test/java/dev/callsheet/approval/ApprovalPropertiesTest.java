package dev.callsheet.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.MediaType;
import dev.callsheet.request.ApprovalRule;
import dev.callsheet.request.ApprovalRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code callsheet.approval.rules}: bound in order, from YAML-like keys or the environment, checked at start. */
class ApprovalPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void noRulesByDefault() {
        context.run(started -> assertThat(started.getBean(ApprovalRules.class)).isEqualTo(ApprovalRules.NONE));
    }

    @Test
    void bindsTheRulesInOrder() {
        context.withPropertyValues(
                        "callsheet.approval.rules[0].name=family",
                        "callsheet.approval.rules[0].requester=alice, bob@example.org",
                        "callsheet.approval.rules[0].quota.requests=5",
                        "callsheet.approval.rules[0].quota.days=7",
                        "callsheet.approval.rules[0].action=approve",
                        "callsheet.approval.rules[1].media-type=series",
                        "callsheet.approval.rules[1].four-k=true",
                        "callsheet.approval.rules[1].action=decline",
                        "callsheet.approval.rules[1].reason= No 4K series, sorry ")
                .run(started -> assertThat(started.getBean(ApprovalRules.class))
                        .isEqualTo(new ApprovalRules(List.of(
                                new ApprovalRule(
                                        "family",
                                        List.of("alice", "bob@example.org"),
                                        null,
                                        null,
                                        new ApprovalRule.Quota(5, 7),
                                        ApprovalRule.Action.APPROVE,
                                        null),
                                new ApprovalRule(
                                        "#2",
                                        List.of(),
                                        MediaType.SERIES,
                                        true,
                                        null,
                                        ApprovalRule.Action.DECLINE,
                                        "No 4K series, sorry")))));
    }

    @Test
    void bindsTheEnvironmentVariableForm() {
        context.withInitializer(app -> app.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "CALLSHEET_APPROVAL_RULES_0_REQUESTER", "alice",
                                        "CALLSHEET_APPROVAL_RULES_0_QUOTA_REQUESTS", "1",
                                        "CALLSHEET_APPROVAL_RULES_0_QUOTA_DAYS", "7",
                                        "CALLSHEET_APPROVAL_RULES_0_ACTION", "approve",
                                        "CALLSHEET_APPROVAL_RULES_1_MEDIATYPE", "movie",
                                        "CALLSHEET_APPROVAL_RULES_1_ACTION", "ask"))))
                .run(started -> assertThat(started.getBean(ApprovalRules.class).rules())
                        .extracting(
                                ApprovalRule::name,
                                ApprovalRule::requesters,
                                ApprovalRule::mediaType,
                                ApprovalRule::quota,
                                ApprovalRule::action)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(
                                        "#1",
                                        List.of("alice"),
                                        null,
                                        new ApprovalRule.Quota(1, 7),
                                        ApprovalRule.Action.APPROVE),
                                org.assertj.core.groups.Tuple.tuple(
                                        "#2", List.of(), MediaType.MOVIE, null, ApprovalRule.Action.ASK)));
    }

    @Test
    void refusesToStartOnAnUnknownAction() {
        assertThat(failure("callsheet.approval.rules[0].action=allow"))
                .contains("callsheet.approval.rules[0].action", "allow");
    }

    @Test
    void refusesToStartOnARuleWithoutAnAction() {
        assertThat(failure("callsheet.approval.rules[0].requester=alice"))
                .contains("callsheet.approval.rules[0].action");
    }

    @Test
    void refusesToStartOnADeclineWithoutAReason() {
        assertThat(failure("callsheet.approval.rules[0].action=decline"))
                .contains("callsheet.approval.rules[0]", "needs a reason");
    }

    @Test
    void refusesToStartOnAQuotaWithoutBothNumbers() {
        assertThat(failure(
                        "callsheet.approval.rules[0].action=approve", "callsheet.approval.rules[0].quota.requests=3"))
                .contains("callsheet.approval.rules[0].quota.days");
        assertThat(failure("callsheet.approval.rules[0].action=approve", "callsheet.approval.rules[0].quota.days=7"))
                .contains("callsheet.approval.rules[0].quota.requests");
    }

    /** Every message of the start's failure and its causes, as a start-up failure reports them. */
    private String failure(String... properties) {
        var messages = new StringBuilder();
        context.withPropertyValues(properties).run(started -> {
            assertThat(started).hasFailed();
            for (Throwable cause = started.getStartupFailure(); cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
                if (cause instanceof BindValidationException invalid) {
                    invalid.getValidationErrors()
                            .forEach(error -> messages.append(error).append('\n'));
                }
            }
        });
        return messages.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ApprovalProperties.class)
    static class Enabled {

        @Bean
        ApprovalRules approvalRules(ApprovalProperties properties) {
            return properties.approvalRules();
        }
    }
}

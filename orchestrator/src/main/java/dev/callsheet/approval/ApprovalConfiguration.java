package dev.callsheet.approval;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.request.ApprovalRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The approval rules, and the listener that carries decisions made in Callsheet to the request managers. */
@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

    /** The rules the decider applies to each request as it arrives, checked at start. */
    @Bean
    ApprovalRules approvalRules(ApprovalProperties properties) {
        return properties.approvalRules();
    }

    @Bean
    ApprovalCommandListener approvalCommandListener(ServiceClients clients, CommandAttempts attempts) {
        return new ApprovalCommandListener(new OverseerrDecisions(clients), attempts);
    }
}

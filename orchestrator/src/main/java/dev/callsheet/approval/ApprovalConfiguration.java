package dev.callsheet.approval;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listener that carries decisions made in Callsheet to the request managers. */
@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

    @Bean
    ApprovalCommandListener approvalCommandListener(ServiceClients clients, CommandAttempts attempts) {
        return new ApprovalCommandListener(new OverseerrDecisions(clients), attempts);
    }
}

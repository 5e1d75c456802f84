package dev.callsheet.people;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.ServiceClients;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listener that looks requesters' addresses up in the request managers' user settings. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    PeopleCommandListener peopleCommandListener(ServiceClients clients, CommandAttempts attempts) {
        return new PeopleCommandListener(
                new RequesterLookups(clients, new RememberedAddresses(Clock.systemUTC())), attempts);
    }
}

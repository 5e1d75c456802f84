package dev.callsheet.plex.arr;

import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The checks of the declared arrs and their schedule. */
@Configuration(proxyBeanMethods = false)
class ArrPlexCheckConfiguration {

    @Bean
    ArrPlexChecks arrPlexChecks(InstanceProperties instances) {
        return new ArrPlexChecks(instances, WebClient.builder(), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    ArrPlexCheckSchedule arrPlexCheckSchedule(ArrPlexChecks arrPlexChecks) {
        return new ArrPlexCheckSchedule(arrPlexChecks, ArrPlexCheckSchedule.EVERY);
    }
}

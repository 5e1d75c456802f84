package dev.callsheet.pipeline.failure;

import dev.callsheet.events.Topics;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/** The failure handlers' collaborators, the size-checked producer and the uncaught exception handler. */
@Configuration(proxyBeanMethods = false)
class FailureConfiguration {

    @Bean
    FailedRecords failedRecords() {
        return new FailedRecords(Clock.systemUTC());
    }

    @Bean
    FailureHandling failureHandling(Topics topics, FailedRecords failures) {
        return new FailureHandling(topics, failures);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer failingThreads(FailedRecords failures) {
        return factory -> {
            factory.setClientSupplier(new SizeCheckedClients());
            factory.setStreamsUncaughtExceptionHandler(new StreamThreadFailures(failures));
        };
    }
}

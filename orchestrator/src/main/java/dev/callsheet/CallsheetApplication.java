package dev.callsheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Callsheet: webhooks of the Plex / *arr stack in, one state machine per request, timelines out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CallsheetApplication {

    public static void main(String[] args) {
        SpringApplication.run(CallsheetApplication.class, args);
    }
}

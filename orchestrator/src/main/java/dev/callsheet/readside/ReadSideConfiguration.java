package dev.callsheet.readside;

import dev.callsheet.intake.credential.ApiKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The read side's own wiring: the API key check in front of {@code /api}. */
@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    @Bean
    ApiKeyFilter apiKeyFilter(ApiKey apiKey, JsonMapper json) {
        return new ApiKeyFilter(apiKey, json);
    }
}

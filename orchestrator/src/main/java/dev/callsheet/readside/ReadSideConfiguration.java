package dev.callsheet.readside;

import dev.callsheet.config.CallsheetProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ReadSideConfiguration {

    @Bean
    ApiKeyFilter apiKeyFilter(CallsheetProperties callsheet, JsonMapper json) {
        return new ApiKeyFilter(callsheet.apiKey(), json);
    }
}

package com.jobtracker.matching;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code jobtracker.matching.*}: which embedding provider to use and how to reach a remote one. */
@ConfigurationProperties("jobtracker.matching")
@Validated
record MatchingProperties(
        @DefaultValue("local") String embeddingProvider,
        @DefaultValue OpenAi openai,
        @DefaultValue("10000") int jobVectorCacheSize) {

    record OpenAi(
            @DefaultValue("https://api.openai.com") URI baseUrl,
            @Nullable String apiKey,
            @DefaultValue("text-embedding-3-small") String model,
            @DefaultValue("1536") int dimensions,
            @DefaultValue("256") int batchSize,
            @DefaultValue("3") int maxRetries,
            @DefaultValue("30s") Duration timeout) {}
}

package com.jobtracker.matching;

import com.jobtracker.matching.embedding.DocumentEmbedder;
import com.jobtracker.matching.embedding.EmbeddingProvider;
import com.jobtracker.matching.embedding.LocalMiniLmEmbeddings;
import com.jobtracker.matching.embedding.OpenAiEmbeddings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class MatchingConfig {

    @Bean
    EmbeddingProvider embeddingProvider(MatchingProperties properties) {
        return switch (properties.embeddingProvider()) {
            case "local" -> new LocalMiniLmEmbeddings();
            case "openai" -> {
                MatchingProperties.OpenAi openai = properties.openai();
                if (!StringUtils.hasText(openai.apiKey())) {
                    throw new IllegalStateException(
                            "jobtracker.matching.embedding-provider=openai needs jobtracker.matching.openai.api-key"
                                    + " (OPENAI_API_KEY)");
                }
                yield new OpenAiEmbeddings(
                        openai.baseUrl(),
                        openai.apiKey(),
                        openai.model(),
                        openai.dimensions(),
                        openai.batchSize(),
                        openai.maxRetries(),
                        openai.timeout());
            }
            default ->
                throw new IllegalStateException("jobtracker.matching.embedding-provider must be local or openai, not "
                        + properties.embeddingProvider());
        };
    }

    @Bean
    DocumentEmbedder documentEmbedder(EmbeddingProvider provider) {
        return new DocumentEmbedder(provider);
    }
}

package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResumesProperties.class)
class ResumesConfig {

    @Bean(destroyMethod = "close")
    DocumentTextExtractor documentTextExtractor(ResumesProperties properties) {
        return new DocumentTextExtractor(properties.limits());
    }

    @Bean
    ResumeReader resumeReader(DocumentTextExtractor extractor) {
        return new ResumeReader(extractor, new ResumeTextParser(SkillCatalog.bundled()));
    }
}

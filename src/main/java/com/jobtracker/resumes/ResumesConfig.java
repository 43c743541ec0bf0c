package com.jobtracker.resumes;

import com.jobtracker.resumes.extraction.DocumentTextExtractor;
import com.jobtracker.resumes.parsing.ResumeTextParser;
import com.jobtracker.resumes.storage.LocalResumeStorage;
import com.jobtracker.resumes.storage.ResumeStorage;
import com.jobtracker.resumes.storage.S3ResumeStorage;
import com.jobtracker.shared.JobTrackerProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResumesProperties.class)
class ResumesConfig {

    @Bean(destroyMethod = "close")
    DocumentTextExtractor documentTextExtractor(ResumesProperties properties) {
        return new DocumentTextExtractor(properties.limits());
    }

    @Bean
    ResumeStorage resumeStorage(ResumesProperties properties, JobTrackerProperties platform, Clock clock) {
        ResumesProperties.S3 s3 = properties.s3();
        if (!StringUtils.hasText(s3.bucket())) {
            return new LocalResumeStorage(platform.dataDir());
        }
        if (!StringUtils.hasText(s3.accessKey()) || !StringUtils.hasText(s3.secretKey())) {
            throw new IllegalStateException("jobtracker.resumes.s3.bucket is set, so jobtracker.resumes.s3.access-key"
                    + " and jobtracker.resumes.s3.secret-key are required");
        }
        return new S3ResumeStorage(
                s3.endpoint(), s3.bucket(), s3.prefix(), s3.region(), s3.accessKey(), s3.secretKey(), clock);
    }

    @Bean
    ResumeReader resumeReader(DocumentTextExtractor extractor) {
        return new ResumeReader(extractor, new ResumeTextParser(SkillCatalog.bundled()));
    }
}

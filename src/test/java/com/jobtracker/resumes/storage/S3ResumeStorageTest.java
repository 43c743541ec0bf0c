package com.jobtracker.resumes.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class S3ResumeStorageTest {

    private WireMockServer s3;

    @BeforeEach
    void start() {
        s3 = new WireMockServer(options().dynamicPort());
        s3.start();
    }

    @AfterEach
    void stop() {
        s3.stop();
    }

    /** The worked example "GET Object" of the S3 API reference (Signature V4, signed payload). */
    @Test
    void signsTheS3ReferenceExampleExactly() {
        SigV4.Signed signed = SigV4.sign(
                "GET",
                "/test.txt",
                "examplebucket.s3.amazonaws.com",
                Map.of("Range", "bytes=0-9"),
                new byte[0],
                Instant.parse("2013-05-24T00:00:00Z"),
                "us-east-1",
                "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        assertThat(signed.authorization())
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void putsChecksAndDeletesObjectsUnderRandomKeys() {
        s3.stubFor(any(urlMatching("/bucket/resumes/.*")).willReturn(aResponse().withStatus(200)));
        S3ResumeStorage storage = new S3ResumeStorage(
                URI.create(s3.baseUrl()),
                "bucket",
                "resumes/",
                "eu-central-1",
                "AKIDEXAMPLE",
                "secret",
                Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

        String key = storage.store("%PDF-1.7 resume".getBytes(StandardCharsets.US_ASCII));
        assertThat(key).matches("[0-9a-f-]{36}");
        assertThat(storage.exists(key)).isTrue();
        storage.delete(key);

        s3.verify(putRequestedFor(urlMatching("/bucket/resumes/" + key))
                .withHeader("x-amz-date", equalTo("20261128T120000Z"))
                .withHeader(
                        "Authorization",
                        matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261128/eu-central-1/s3/aws4_request, "
                                + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
                                + "Signature=[0-9a-f]{64}")));
        s3.verify(deleteRequestedFor(urlMatching("/bucket/resumes/" + key)));
    }

    @Test
    void ignoresKeysThatAreNotItsOwn() {
        S3ResumeStorage storage = new S3ResumeStorage(
                URI.create(s3.baseUrl()), "bucket", "resumes/", "us-east-1", "a", "b", Clock.systemUTC());
        storage.delete("../other-bucket/x");
        assertThat(storage.exists("../x")).isFalse();
        assertThat(s3.getAllServeEvents()).isEmpty();
    }
}

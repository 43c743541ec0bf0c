package com.jobtracker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.testing.ApiTest;
import com.jobtracker.testing.HttpApi;
import org.junit.jupiter.api.Test;

class LogoTest extends ApiTest {

    @Test
    void usesTheFaviconServiceWhenTheDomainIsKnown() {
        Session user = signUp();

        HttpApi.Response response = api.get("/api/v1/jobs/company-logo?company=Stripe&domain=https://www.stripe.com/")
                .bearer(user.accessToken())
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("company").asString()).isEqualTo("Stripe");
        assertThat(response.json().path("domain").asString()).isEqualTo("stripe.com");
        assertThat(response.json().path("source").asString()).isEqualTo("favicon");
        assertThat(response.json().path("logo_url").asString()).contains("stripe.com");
    }

    @Test
    void fallsBackToAMonogramServedByJobTrackerItself() {
        Session user = signUp();

        HttpApi.Response response = api.get("/api/v1/jobs/company-logo?company=Delivery%20Hero")
                .bearer(user.accessToken())
                .send();
        String url = response.json().path("logo_url").asString();
        HttpApi.Response svg = api.get(url.substring(url.indexOf("/api/"))).send();

        assertThat(response.json().path("source").asString()).isEqualTo("monogram");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.header("Cache-Control")).contains("max-age=31536000");
        assertThat(svg.body()).startsWith("<svg").contains(">DH</text>");
    }

    @Test
    void escapesTheNameInTheMonogram() {
        HttpApi.Response svg = api.get("/api/v1/jobs/logos/monogram.svg?name=%3Cscript%3Ealert(1)%3C/script%3E%22")
                .send();

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).doesNotContain("<script", "alert(1)</").contains("&lt;script&gt;");
    }

    @Test
    void rejectsMissingCompanyAndBadDomain() {
        Session user = signUp();

        HttpApi.Response noCompany =
                api.get("/api/v1/jobs/company-logo").bearer(user.accessToken()).send();
        HttpApi.Response badDomain = api.get("/api/v1/jobs/company-logo?company=X&domain=not%20a%20domain")
                .bearer(user.accessToken())
                .send();
        HttpApi.Response noName = api.get("/api/v1/jobs/logos/monogram.svg").send();

        assertThat(noCompany.status()).isEqualTo(400);
        assertThat(noCompany.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(badDomain.status()).isEqualTo(400);
        assertThat(badDomain.json().path("errors").get(0).path("field").asString())
                .isEqualTo("domain");
        assertThat(noName.status()).isEqualTo(400);
    }
}

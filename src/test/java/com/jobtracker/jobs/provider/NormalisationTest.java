package com.jobtracker.jobs.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobtracker.jobs.Job.Salary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void stripsScriptsTagsAndHandlersFromHtml() {
        String text = PlainText.fromHtml("<p>Hello <b>world</b></p><script>alert(1)</script>"
                + "<img src=x onerror=alert(2)><ul><li>One &amp; two</li><li>Three</li></ul><style>p{}</style>");

        assertThat(text).isEqualTo("Hello world\nOne & two\nThree").doesNotContain("alert", "<", "onerror");
    }

    @Test
    void keepsLineBreaksOfPlainTextDescriptions() {
        assertThat(PlainText.fromText("Line one\n\nLine two")).isEqualTo("Line one\n\nLine two");
        assertThat(PlainText.fromText("Tag <script>x</script>here")).isEqualTo("Tag here");
    }

    @Test
    void readsEveryProvidersDateFormat() {
        assertThat(Dates.iso("2025-11-25T09:14:33-05:00")).isEqualTo(Instant.parse("2025-11-25T14:14:33Z"));
        assertThat(Dates.iso("2025-11-24T10:23:26")).isEqualTo(Instant.parse("2025-11-24T10:23:26Z"));
        assertThat(Dates.iso("2025-11-29T07:00:00.000Z")).isEqualTo(Instant.parse("2025-11-29T07:00:00Z"));
        assertThat(Dates.iso("2025-11-29")).isEqualTo(Instant.parse("2025-11-29T00:00:00Z"));
        assertThat(Dates.iso("not a date")).isNull();
        assertThat(Dates.relative("an hour ago", Adapters.CLOCK)).isEqualTo(Instant.parse("2025-11-27T11:00:00Z"));
        assertThat(Dates.relative("30+ days ago", Adapters.CLOCK)).isEqualTo(Instant.parse("2025-10-28T12:00:00Z"));
        assertThat(Dates.relative("Full-time", Adapters.CLOCK)).isNull();
    }

    @Test
    void parsesSalaryTextWithCurrencyAndPeriod() {
        assertThat(Salaries.parse("€65K–€85K a year")).isEqualTo(new Salary(65000.0, 85000.0, "EUR", "year"));
        assertThat(Salaries.parse("$40 - $55 an hour")).isEqualTo(new Salary(40.0, 55.0, "USD", "hour"));
        assertThat(Salaries.parse("£120,000")).isEqualTo(new Salary(120000.0, null, "GBP", "year"));
        assertThat(Salaries.parse("")).isNull();
        assertThat(Salaries.parse("competitive")).isNull();
    }

    @Test
    void normalisesEmploymentTypes() {
        assertThat(List.of("FULLTIME", "FULL_TIME", "Full-time", "FullTime", "full_time", "Full Time"))
                .allSatisfy(value -> assertThat(EmploymentTypes.of(value)).isEqualTo("full_time"));
        assertThat(EmploymentTypes.of("CONTRACTOR")).isEqualTo("contract");
        assertThat(EmploymentTypes.of("Intern")).isEqualTo("internship");
        assertThat(EmploymentTypes.first(List.of("berufserfahren", "Part Time")))
                .isEqualTo("part_time");
    }

    @Test
    void makesStableUrlSafeIds() {
        assertThat(JobIds.of("google", "eyJqb2I+/x==")).isEqualTo("google:eyJqb2I-_x");
        assertThat(JobIds.of("lever", "5ac21346-8e0c")).isEqualTo("lever:5ac21346-8e0c");
        assertThat(JobIds.of("board", "a b/c"))
                .isEqualTo(JobIds.of("board", "a b/c"))
                .matches(JobIds.VALID);
        assertThat(JobIds.of("board", "y".repeat(1000))).matches(JobIds.VALID);
    }

    @Test
    void dropsNonHttpLinks() {
        assertThat(JobBuilder.httpUrl("javascript:alert(1)")).isNull();
        assertThat(JobBuilder.httpUrl("https://ok.example/a")).isEqualTo("https://ok.example/a");
        assertThat(Domains.of("https://www.Ford.com/careers")).isEqualTo("ford.com");
        assertThat(Domains.of("https://www.linkedin.com/company/x")).isNull();
    }
}

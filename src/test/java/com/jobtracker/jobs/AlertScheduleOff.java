package com.jobtracker.jobs;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches the hourly saved-search schedule off in tests: a run it started in the middle of another test would call
 * the WireMock boards and throw off that test's call counts. Tests start runs themselves.
 */
public class AlertScheduleOff implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains("alertScheduleOff")) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("alertScheduleOff", Map.of("jobtracker.alerts.cron", "-")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5;
    }
}

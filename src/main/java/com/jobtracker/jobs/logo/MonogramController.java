package com.jobtracker.jobs.logo;

import com.jobtracker.shared.web.PublicPaths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The last step of the logo chain. Public (an {@code <img>} sends no bearer token) and cacheable for a year. */
@RestController
class MonogramController {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    @GetMapping(LogoResolver.MONOGRAM_PATH)
    ResponseEntity<String> monogram(@RequestParam @NotBlank @Size(max = 200) String name) {
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(Monogram.svg(name));
    }

    @Bean
    static PublicPaths monogramIsPublic() {
        return () -> List.of("/api/v1/jobs/logos/**");
    }
}

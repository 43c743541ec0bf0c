package com.jobtracker.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: a request that keeps its turn until the test lets it go, to fill the admission queue over HTTP. */
@RestController
public class HeldRequests {

    private static volatile CountDownLatch release = new CountDownLatch(0);

    /** Requests to {@code /api/v1/test/hold} from now on wait until {@link #letGo()} (at most 30 s). */
    public static void holdFromNowOn() {
        release = new CountDownLatch(1);
    }

    public static void letGo() {
        release.countDown();
    }

    @GetMapping("/api/v1/test/hold")
    String hold() throws InterruptedException {
        return release.await(30, TimeUnit.SECONDS) ? "let go" : "gave up";
    }
}
